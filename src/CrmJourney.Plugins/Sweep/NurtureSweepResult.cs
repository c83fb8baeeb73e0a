namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// The outcome of one call of <see cref="NurtureSweep.Run"/>: the summary, and when the time budget
/// ended the call before the last page, the token to pass to the next call.
/// </summary>
/// <param name="Summary">What the sweep did (or would do).</param>
/// <param name="ContinuationToken">The token to continue with; null when <paramref name="Completed"/>.</param>
/// <param name="Completed">True when every page and the digests are done.</param>
public sealed record NurtureSweepResult(NurtureSweepSummary Summary, string? ContinuationToken, bool Completed);
