using System;

namespace CrmJourney.Cli.Reporting;

/// <summary>One nurture-log row: which rule fired, when, and whether it was a digest (a log with no account).</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="FiredOn">When it fired.</param>
/// <param name="IsDigest">True for a partner digest's log.</param>
public sealed record NurtureFiring(Guid RuleId, DateTime FiredOn, bool IsDigest);
