using System.Collections.Generic;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// Everything one sweep (or dry run) decides, before anything is written: invalid rules skipped, every
/// (rule, account) outcome of the account rules, and the digests built from their firings.
/// </summary>
/// <param name="InvalidRules">Rules skipped because they do not validate.</param>
/// <param name="Outcomes">One per (account rule, candidate), rules in the given order, candidates in the given order.</param>
/// <param name="Digests">One result per Partner digest rule, in rule order.</param>
public sealed record SweepEvaluation(IReadOnlyList<InvalidRule> InvalidRules, IReadOnlyList<CandidateOutcome> Outcomes, IReadOnlyList<PartnerDigestResult> Digests);
