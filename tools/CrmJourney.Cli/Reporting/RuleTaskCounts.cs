namespace CrmJourney.Cli.Reporting;

/// <summary>
/// A nurture rule's work within the report's range, reconciled: its firings (nurture-log rows), what
/// they created — tasks (account rules) or digest emails (Partner digest rules) — and of the tasks how
/// many are completed. Firings without a task or email are those whose task was never created or was
/// deleted, or digests a dry run or a later sweep's cleanup left without an email.
/// </summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="Created">Tasks created.</param>
/// <param name="Completed">Of those, completed.</param>
/// <param name="Firings">Nurture-log rows of the rule in the range.</param>
/// <param name="DigestEmails">Digest emails of the rule in the range (0 for account rules).</param>
/// <param name="IsDigest">True for a Partner digest rule (its work is emails, not tasks).</param>
public sealed record RuleTaskCounts(string Rule, int Created, int Completed, int Firings = 0, int DigestEmails = 0, bool IsDigest = false);
