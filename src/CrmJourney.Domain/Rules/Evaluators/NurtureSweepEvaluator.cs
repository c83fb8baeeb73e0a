using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Rules.Validation;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// The pure heart of the sweep and of rule previews: validates each rule (an invalid one is skipped and
/// reported, never crashes the run), evaluates every account rule for every candidate, then builds each
/// Partner digest from the firings of this run. The caller decides which rules to pass (the sweep:
/// active ones; a preview: the rule being edited, active or not) and writes nothing until it has the
/// result, so a dry run is this call with the writes left out. Referral thanks rules are event driven
/// and produce no outcome here.
/// </summary>
public static class NurtureSweepEvaluator
{
    /// <summary>Evaluates <paramref name="rules"/> for <paramref name="candidates"/> as of the context's instant.</summary>
    public static SweepEvaluation Evaluate(IEnumerable<NurtureRuleDraft> rules, IEnumerable<NurtureCandidate> candidates, EvaluationContext context)
    {
        if (rules is null)
        {
            throw new ArgumentNullException(nameof(rules));
        }

        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var accounts = (candidates ?? throw new ArgumentNullException(nameof(candidates))).ToList();
        var invalid = new List<InvalidRule>();
        var valid = new List<NurtureRule>();
        foreach (var draft in rules)
        {
            var result = NurtureRuleValidator.Validate(draft);
            if (result.Rule is null)
            {
                invalid.Add(new InvalidRule(draft.Id, draft.Name, result.Problems));
            }
            else
            {
                valid.Add(result.Rule);
            }
        }

        var outcomes = new List<CandidateOutcome>();
        var flagged = new List<FlaggedAccount>();
        foreach (var rule in valid.Where(r => NurtureRuleEvaluator.SweepTypes.Contains(r.Type)))
        {
            foreach (var account in accounts)
            {
                var outcome = NurtureRuleEvaluator.Evaluate(rule, account, context);
                outcomes.Add(new CandidateOutcome(rule.Id, account.AccountId, outcome));
                if (outcome.Action is not null)
                {
                    flagged.Add(FlaggedAccount.FromAction(rule, account, outcome.Action));
                }
            }
        }

        var digests = valid
            .Where(r => r.Type == NurtureRuleType.PartnerDigest)
            .Select(r => PartnerDigestBuilder.Build(r, flagged, context))
            .ToList();
        return new SweepEvaluation(invalid, outcomes, digests);
    }
}
