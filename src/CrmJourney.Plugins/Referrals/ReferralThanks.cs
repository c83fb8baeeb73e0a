using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;
using CrmJourney.Domain.Rules.Validation;
using CrmJourney.Domain.Time;
using CrmJourney.Plugins.Mapping;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Referrals;

/// <summary>
/// Runs the active Referral-thanks rules for a referral just logged
/// (<see cref="ReferralThanksEvaluator"/>) and writes each firing in one request: the task for the
/// referrer's relationship partner, created with its cjp_nurturelog row as a related row
/// (<see cref="NurtureActionMapper.ToTaskWithLog"/>). The log's alternate key (rule, account,
/// "referral-" + referral id) records the thank-you once: a firing already logged refuses the log, and
/// the shared transaction takes the task back with it. A rule that is invalid in storage is skipped and traced,
/// never allowed to block the lead or opportunity being saved.
/// </summary>
public static class ReferralThanks
{
    /// <summary>Evaluates <paramref name="rules"/> for the referral and writes the firings; returns the outcomes, one per valid rule.</summary>
    public static IReadOnlyList<RuleOutcome> Fire(IOrganizationService service, ThanksRules rules, ReferralEvent referral, NurtureCandidate referrer, Guid referralId, IClock clock, Action<string> trace)
    {
        var context = new EvaluationContext(clock, Array.Empty<ServiceLine>(), rules.PriorFirings);
        var thanks = new Domain.Rules.Evaluators.ReferralEvent(referralId, referrer, referral.ReferredName, clock.UtcNow);
        var outcomes = new List<RuleOutcome>();
        foreach (var draft in rules.Drafts)
        {
            var validation = NurtureRuleValidator.Validate(draft);
            if (validation.Rule is not { } rule)
            {
                trace($"Referral-thanks rule \"{draft.Name}\" is invalid and was skipped: {string.Join("; ", validation.Problems.Select(p => p.ToString()))}");
                continue;
            }

            var outcome = ReferralThanksEvaluator.Evaluate(rule, thanks, context);
            trace($"Referral-thanks rule \"{rule.Name}\": {outcome.Kind}, {outcome.Reason}");
            if (outcome.Action is { } action)
            {
                service.Create(NurtureActionMapper.ToTaskWithLog(action, rule.Name));
            }

            outcomes.Add(outcome);
        }

        return outcomes;
    }
}
