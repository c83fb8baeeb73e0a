using System;
using CrmJourney.Domain.Templates;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// Referral thanks: when a referral is logged, a thank-you task regarding the referrer account for
/// the rule's assignee (normally the relationship partner; the owner when there is none, noted in the
/// reason): "Referred Globex Ltd on 2026-11-20". One thank-you per referral (the window is the
/// referral id); a cooldown greater than 0 also limits thank-yous per referrer (0 thanks every
/// referral). The tier filter and extra conditions apply; detractors are never nurtured.
/// </summary>
public static class ReferralThanksEvaluator
{
    /// <summary>Evaluates <paramref name="rule"/> (a ReferralThanks rule) for <paramref name="referral"/>.</summary>
    public static RuleOutcome Evaluate(NurtureRule rule, ReferralEvent referral, EvaluationContext context)
    {
        RuleFiring.EnsureType(rule, NurtureRuleType.ReferralThanks);
        if (referral is null)
        {
            throw new ArgumentNullException(nameof(referral));
        }

        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var referrer = referral.Referrer;
        var screened = RuleFiring.Screen(rule, referrer, context);
        if (screened is not null)
        {
            return screened;
        }

        var window = NurtureDedupeKey.ReferralWindow(referral.ReferralId);
        foreach (var prior in context.PriorFirings)
        {
            if (prior.RuleId == rule.Id && prior.AccountId == referrer.AccountId && prior.Window == window)
            {
                return RuleOutcome.Skipped(RuleOutcomeKind.SkippedAlreadyFired, $"This referral was already thanked on {TemplateFormat.Date(prior.FiredOn)}", new NurtureDedupeKey(rule.Id, referrer.AccountId, window));
            }
        }

        var blocked = RuleFiring.CheckPriorFirings(rule, referrer.AccountId, context, minimumDays: 0);
        if (blocked is { Kind: RuleOutcomeKind.SkippedForCooldown })
        {
            return blocked;
        }

        var reason = $"Referred {referral.ReferredName} on {TemplateFormat.Date(referral.ReferredOn)}";
        return RuleFiring.Fire(rule, referrer, context, reason, window, values => values
            .With(NurturePlaceholders.ReferrerName, referrer.Name)
            .With(NurturePlaceholders.ReferredName, referral.ReferredName));
    }
}
