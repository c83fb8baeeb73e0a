namespace CrmJourney.Domain.Metrics;

/// <summary>How many times a reason was given.</summary>
/// <param name="Reason">The reason as recorded ("(none recorded)" when blank).</param>
/// <param name="Count">How many.</param>
public sealed record ReasonCount(string Reason, int Count);
