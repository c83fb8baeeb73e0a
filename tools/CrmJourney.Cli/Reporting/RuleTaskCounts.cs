namespace CrmJourney.Cli.Reporting;

/// <summary>A nurture rule's tasks within the report's range: created, and of those completed.</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="Created">Tasks created.</param>
/// <param name="Completed">Of those, completed.</param>
public sealed record RuleTaskCounts(string Rule, int Created, int Completed);
