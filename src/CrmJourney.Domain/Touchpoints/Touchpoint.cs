using System;

namespace CrmJourney.Domain.Touchpoints;

/// <summary>A contact with a client that counts: a completed activity, on a date, through a channel.</summary>
public sealed record Touchpoint
{
    /// <summary>Creates a touchpoint; the account id must not be empty.</summary>
    public Touchpoint(Guid accountId, DateTime occurredOn, TouchpointChannel channel)
    {
        if (accountId == Guid.Empty)
        {
            throw new ArgumentException("A touchpoint belongs to an account: pass the account's id.", nameof(accountId));
        }

        AccountId = accountId;
        OccurredOn = occurredOn;
        Channel = channel;
    }

    /// <summary>The account touched.</summary>
    public Guid AccountId { get; }

    /// <summary>When (the activity's completion).</summary>
    public DateTime OccurredOn { get; }

    /// <summary>Through which channel.</summary>
    public TouchpointChannel Channel { get; }
}
