using System;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Domain.Metrics;

/// <summary>
/// A baseline: the account is known to be in <see cref="Stage"/> from <see cref="On"/> without having
/// moved there (it was created in it, or the stage was imported). Metrics use it to know where an
/// account stands, never as a flow or a conversion.
/// </summary>
public sealed record StageEntry
{
    /// <summary>Creates the entry; refuses an empty account id.</summary>
    public StageEntry(Guid accountId, JourneyStage stage, DateTime on)
    {
        if (accountId == Guid.Empty)
        {
            throw new ArgumentException("A stage entry belongs to an account: pass the account's id.", nameof(accountId));
        }

        AccountId = accountId;
        Stage = stage;
        On = on;
    }

    /// <summary>The account.</summary>
    public Guid AccountId { get; }

    /// <summary>The stage it is known to be in.</summary>
    public JourneyStage Stage { get; }

    /// <summary>Since when (UTC).</summary>
    public DateTime On { get; }
}
