namespace CrmJourney.Plugins.Initialization;

/// <summary>One call's outcome: its summary, and the token to continue with (null when complete).</summary>
/// <param name="Summary">What was done so far.</param>
/// <param name="ContinuationToken">Pass to the next call; null when <paramref name="Completed"/>.</param>
/// <param name="Completed">True when every account without a stage has been looked at.</param>
public sealed record JourneyInitializationResult(InitializationSummary Summary, string? ContinuationToken, bool Completed);
