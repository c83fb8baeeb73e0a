using System;

namespace CrmJourney.Domain.Journey;

/// <summary>
/// The answer of <see cref="ProspectLoss.Apply"/>: whether the prospect outcome changes, to what, the
/// revisit date that goes with it (set for Not now, cleared for No way), and a sentence for the trace.
/// </summary>
public sealed record ProspectLossResult
{
    private ProspectLossResult(bool changes, ProspectOutcome? outcome, DateTime? revisitOn, string reason)
    {
        Changes = changes;
        Outcome = outcome;
        RevisitOn = revisitOn;
        Reason = reason;
    }

    /// <summary>True when the account's outcome and revisit date are to be written.</summary>
    public bool Changes { get; }

    /// <summary>The new outcome; null when nothing changes.</summary>
    public ProspectOutcome? Outcome { get; }

    /// <summary>The revisit date (date only) for Not now; null otherwise.</summary>
    public DateTime? RevisitOn { get; }

    /// <summary>What happened, as a sentence.</summary>
    public string Reason { get; }

    /// <summary>The outcome becomes <paramref name="outcome"/> with <paramref name="revisitOn"/>.</summary>
    public static ProspectLossResult Changed(ProspectOutcome outcome, DateTime? revisitOn, string reason) => new(true, outcome, revisitOn, reason);

    /// <summary>Nothing changes, for <paramref name="reason"/>.</summary>
    public static ProspectLossResult Unchanged(string reason) => new(false, null, null, reason);
}
