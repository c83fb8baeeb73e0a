using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// The sweep's entry point for one (rule, account): picks the evaluator of the rule's type. Referral
/// thanks and Partner digest rules are not evaluated per account (see <see cref="ReferralThanksEvaluator"/>
/// and <see cref="PartnerDigestBuilder"/>); asking for them here returns NotFired with that explanation.
/// </summary>
public static class NurtureRuleEvaluator
{
    private static readonly IReadOnlyDictionary<NurtureRuleType, IAccountRuleEvaluator> _evaluators =
        new IAccountRuleEvaluator[] { new QuietEvaluator(), new PigeonholedEvaluator(), new AdvocateCheckInEvaluator(), new NotNowRevisitEvaluator() }
            .ToDictionary(e => e.Type);

    /// <summary>The rule types evaluated per account in the sweep.</summary>
    public static IReadOnlyCollection<NurtureRuleType> SweepTypes => _evaluators.Keys.ToList();

    /// <summary>Evaluates <paramref name="rule"/> for <paramref name="candidate"/>.</summary>
    public static RuleOutcome Evaluate(NurtureRule rule, NurtureCandidate candidate, EvaluationContext context)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        return _evaluators.TryGetValue(rule.Type, out var evaluator)
            ? evaluator.Evaluate(rule, candidate, context)
            : RuleOutcome.NotFired(rule.Type == NurtureRuleType.ReferralThanks
                ? "Referral thanks rules fire when a referral is logged, not per account in the sweep"
                : "Partner digest rules summarise the other rules' firings, not single accounts");
    }
}
