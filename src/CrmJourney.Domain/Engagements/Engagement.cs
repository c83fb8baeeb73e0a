using System;

namespace CrmJourney.Domain.Engagements;

/// <summary>
/// A piece of work for a client (cjp_engagement). The end date, when set, is never before the start
/// date; the value is never negative. Dates are optional because imported engagements often lack
/// them; a missing start or end simply does not contribute to first/last dates.
/// </summary>
public sealed record Engagement
{
    /// <summary>Creates an engagement; refuses empty ids, a negative value and an end before the start.</summary>
    public Engagement(
        Guid id,
        Guid accountId,
        Guid serviceLineId,
        EngagementStatus status,
        DateTime? startedOn = null,
        DateTime? endedOn = null,
        decimal value = 0m,
        Guid? partnerId = null)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("An engagement needs its row id.", nameof(id));
        }

        if (accountId == Guid.Empty)
        {
            throw new ArgumentException("An engagement belongs to an account: pass the client's account id.", nameof(accountId));
        }

        if (serviceLineId == Guid.Empty)
        {
            throw new ArgumentException("An engagement needs a service line: pick one from the catalogue.", nameof(serviceLineId));
        }

        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An engagement's value cannot be negative.");
        }

        if (startedOn is { } start && endedOn is { } end && end < start)
        {
            throw new ArgumentException($"An engagement cannot end ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).", nameof(endedOn));
        }

        Id = id;
        AccountId = accountId;
        ServiceLineId = serviceLineId;
        Status = status;
        StartedOn = startedOn;
        EndedOn = endedOn;
        Value = value;
        PartnerId = partnerId == Guid.Empty ? null : partnerId;
    }

    /// <summary>The engagement's row id.</summary>
    public Guid Id { get; }

    /// <summary>The client account.</summary>
    public Guid AccountId { get; }

    /// <summary>The service line delivered.</summary>
    public Guid ServiceLineId { get; }

    /// <summary>Planned, Active, Completed or Cancelled.</summary>
    public EngagementStatus Status { get; }

    /// <summary>When work started, if known.</summary>
    public DateTime? StartedOn { get; }

    /// <summary>When work ended, if known.</summary>
    public DateTime? EndedOn { get; }

    /// <summary>The engagement's value (money, in the organization's base currency).</summary>
    public decimal Value { get; }

    /// <summary>The engagement partner (systemuser), if set.</summary>
    public Guid? PartnerId { get; }

    /// <summary>True for Active and Completed: the statuses that count towards the journey.</summary>
    public bool Counts => Status == EngagementStatus.Active || Status == EngagementStatus.Completed;
}
