using System;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>The outcome of one rule for one account in a sweep or preview.</summary>
/// <param name="RuleId">The rule evaluated.</param>
/// <param name="AccountId">The account evaluated.</param>
/// <param name="Outcome">Fired (with the action) or why not.</param>
public sealed record CandidateOutcome(Guid RuleId, Guid AccountId, RuleOutcome Outcome);
