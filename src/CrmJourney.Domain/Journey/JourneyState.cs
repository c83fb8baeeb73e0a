using System;
using CrmJourney.Domain.Time;

namespace CrmJourney.Domain.Journey;

/// <summary>
/// Where an account stands: its stage (cjp_journeystage) and when it entered it (cjp_stageenteredon).
/// </summary>
public sealed record JourneyState
{
    /// <summary>Creates the state; the account id must not be empty.</summary>
    public JourneyState(Guid accountId, JourneyStage stage, DateTime stageEnteredOn)
    {
        if (accountId == Guid.Empty)
        {
            throw new ArgumentException("A journey state belongs to an account: pass the account's id.", nameof(accountId));
        }

        AccountId = accountId;
        Stage = stage;
        StageEnteredOn = stageEnteredOn;
    }

    /// <summary>The account.</summary>
    public Guid AccountId { get; }

    /// <summary>The current stage.</summary>
    public JourneyStage Stage { get; }

    /// <summary>When the account entered <see cref="Stage"/>.</summary>
    public DateTime StageEnteredOn { get; }

    /// <summary>Whole calendar days spent in the current stage as of <paramref name="clock"/>'s now; never negative.</summary>
    public int DaysInStage(IClock clock)
    {
        if (clock is null)
        {
            throw new ArgumentNullException(nameof(clock));
        }

        return WholeDays.Between(StageEnteredOn, clock.UtcNow);
    }
}
