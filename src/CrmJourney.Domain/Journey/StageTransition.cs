using System;

namespace CrmJourney.Domain.Journey;

/// <summary>
/// One row of the append-only journey history (cjp_stagetransition): the account moved from
/// <see cref="From"/> to <see cref="To"/> at <see cref="OccurredOn"/> because of <see cref="Trigger"/>.
/// A transition always changes the stage (from ≠ to) and its days in the previous stage are never
/// negative; the engagement is set when an engagement caused the move, the user when a person did.
/// </summary>
public sealed record StageTransition
{
    /// <summary>Creates a transition; refuses an empty account id, from = to, or negative days.</summary>
    public StageTransition(
        Guid accountId,
        JourneyStage from,
        JourneyStage to,
        DateTime occurredOn,
        TransitionTrigger trigger,
        int daysInPreviousStage,
        Guid? engagementId = null,
        Guid? byUserId = null)
    {
        if (accountId == Guid.Empty)
        {
            throw new ArgumentException("A stage transition belongs to an account: pass the account's id.", nameof(accountId));
        }

        if (from == to)
        {
            throw new ArgumentException($"A stage transition must change the stage; {from} → {to} is no change.", nameof(to));
        }

        if (daysInPreviousStage < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(daysInPreviousStage), daysInPreviousStage, "Days in the previous stage cannot be negative.");
        }

        AccountId = accountId;
        From = from;
        To = to;
        OccurredOn = occurredOn;
        Trigger = trigger;
        DaysInPreviousStage = daysInPreviousStage;
        EngagementId = engagementId == Guid.Empty ? null : engagementId;
        ByUserId = byUserId == Guid.Empty ? null : byUserId;
    }

    /// <summary>The account that moved.</summary>
    public Guid AccountId { get; }

    /// <summary>The stage it left.</summary>
    public JourneyStage From { get; }

    /// <summary>The stage it entered.</summary>
    public JourneyStage To { get; }

    /// <summary>When the move happened (UTC).</summary>
    public DateTime OccurredOn { get; }

    /// <summary>What caused it.</summary>
    public TransitionTrigger Trigger { get; }

    /// <summary>Whole calendar days the account spent in <see cref="From"/>.</summary>
    public int DaysInPreviousStage { get; }

    /// <summary>The engagement whose start or end caused the move, if any.</summary>
    public Guid? EngagementId { get; }

    /// <summary>The user who made the move, if a person did.</summary>
    public Guid? ByUserId { get; }
}
