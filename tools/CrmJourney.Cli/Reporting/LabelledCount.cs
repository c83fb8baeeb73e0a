namespace CrmJourney.Cli.Reporting;

/// <summary>A name and a count (a partner's quiet clients, a service line's pigeonholed clients…).</summary>
/// <param name="Label">The name.</param>
/// <param name="Count">The count.</param>
public sealed record LabelledCount(string Label, int Count);
