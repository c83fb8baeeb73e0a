namespace CrmJourney.Domain.Touchpoints;

/// <summary>
/// The account's touchpoint columns after <see cref="TouchpointRecorder.Record"/>, and whether the
/// activity counted. A counted touchpoint also closes the account's open Quiet nurture task.
/// </summary>
public sealed record TouchpointRecording
{
    private TouchpointRecording(bool isCounted, LastTouchpoint? last, int count, Touchpoint? touchpoint, string reason)
    {
        IsCounted = isCounted;
        Last = last;
        Count = count;
        Touchpoint = touchpoint;
        Reason = reason;
    }

    /// <summary>True when the activity counted as a touchpoint.</summary>
    public bool IsCounted { get; }

    /// <summary>The last touchpoint afterwards (unchanged when an older touchpoint was counted).</summary>
    public LastTouchpoint? Last { get; }

    /// <summary>The touchpoint count afterwards.</summary>
    public int Count { get; }

    /// <summary>The touchpoint counted, or null.</summary>
    public Touchpoint? Touchpoint { get; }

    /// <summary>Why it did or did not count.</summary>
    public string Reason { get; }

    /// <summary>The activity counted.</summary>
    public static TouchpointRecording Counted(LastTouchpoint last, int count, Touchpoint touchpoint) =>
        new(true, last, count, touchpoint, "The activity counts as a touchpoint.");

    /// <summary>The activity did not count; the columns stay as they were.</summary>
    public static TouchpointRecording NotCounted(LastTouchpoint? last, int count, string reason) => new(false, last, count, null, reason);
}
