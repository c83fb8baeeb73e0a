using System;
using CrmJourney.Domain.Templates;
using CrmJourney.Domain.Time;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// Quiet: an account in a watched stage and tier with no touchpoint for at least thresholdDays whole
/// days ("No touchpoint for 143 days; last: meeting on 2026-07-03").
/// </summary>
/// <remarks>
/// Silence is measured from the last touchpoint. An account that never had one is measured from the
/// date it entered its stage, or failing that from its first engagement; with none of the three
/// dates the rule does not fire and says why (the sweep reports it) rather than guessing.
/// </remarks>
public sealed class QuietEvaluator : IAccountRuleEvaluator
{
    /// <inheritdoc />
    public NurtureRuleType Type => NurtureRuleType.Quiet;

    /// <inheritdoc />
    public RuleOutcome Evaluate(NurtureRule rule, NurtureCandidate candidate, EvaluationContext context)
    {
        RuleFiring.EnsureType(rule, Type);
        return RuleFiring.Evaluate(rule, candidate ?? throw new ArgumentNullException(nameof(candidate)), context ?? throw new ArgumentNullException(nameof(context)), () => Decide(rule, candidate, context.AsOf));
    }

    /// <summary>
    /// Whether <paramref name="rule"/> flags <paramref name="candidate"/> as quiet regardless of earlier
    /// firings (screening and the silence test, days counted to the context's as-of date): the definition
    /// of "quiet" every figure uses. A report for a period passes its last day as the as-of date.
    /// </summary>
    public static bool Flags(NurtureRule rule, NurtureCandidate candidate, EvaluationContext context)
    {
        RuleFiring.EnsureType(rule, NurtureRuleType.Quiet);
        if (candidate is null)
        {
            throw new ArgumentNullException(nameof(candidate));
        }

        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        return RuleFiring.Screen(rule, candidate, context) is null && Decide(rule, candidate, context.AsOf).Meets;
    }

    internal static RuleDecision Decide(NurtureRule rule, NurtureCandidate candidate, DateTime asOf)
    {
        var threshold = rule.ThresholdDays ?? 1;
        if (candidate.LastTouchpointOn is DateTime last)
        {
            var days = WholeDays.Between(last, asOf);
            var lastText = TemplateFormat.LastContact(last, candidate.LastTouchpointChannel);
            return days >= threshold
                ? RuleDecision.Yes($"No touchpoint for {TemplateFormat.Number(days)} days; {lastText}")
                : RuleDecision.No($"Last touchpoint {TemplateFormat.Number(days)} days ago, under the {TemplateFormat.Number(threshold)}-day threshold");
        }

        if (candidate.StageEnteredOn is DateTime entered)
        {
            var days = WholeDays.Between(entered, asOf);
            return days >= threshold
                ? RuleDecision.Yes($"No touchpoint ever recorded; {TemplateFormat.Number(days)} days in {TemplateFormat.Stage(candidate.Stage)} since {TemplateFormat.Date(entered)}")
                : RuleDecision.No($"No touchpoint ever recorded, but only {TemplateFormat.Number(days)} days in {TemplateFormat.Stage(candidate.Stage)}, under the {TemplateFormat.Number(threshold)}-day threshold");
        }

        if (candidate.FirstEngagementOn is DateTime first)
        {
            var days = WholeDays.Between(first, asOf);
            return days >= threshold
                ? RuleDecision.Yes($"No touchpoint ever recorded; {TemplateFormat.Number(days)} days since the first engagement started on {TemplateFormat.Date(first)}")
                : RuleDecision.No($"No touchpoint ever recorded, but the first engagement started only {TemplateFormat.Number(days)} days ago, under the {TemplateFormat.Number(threshold)}-day threshold");
        }

        return RuleDecision.No("Cannot measure silence: the account has no touchpoint, stage-entered or first-engagement date");
    }
}
