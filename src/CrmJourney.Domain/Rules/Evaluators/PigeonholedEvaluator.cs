using System;
using System.Linq;
using CrmJourney.Domain.Templates;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// Pigeonholed: an account in a watched stage and tier with at least minimumCompletedEngagements
/// completed engagements, all in one service line, while the catalogue offers others ("Bought only
/// Tax advisory in 4 engagements; introduce Audit, Transaction services"). The other lines are listed
/// by name, alphabetically. An account with no known service line, or with two or more, does not fire.
/// </summary>
public sealed class PigeonholedEvaluator : IAccountRuleEvaluator
{
    /// <inheritdoc />
    public NurtureRuleType Type => NurtureRuleType.Pigeonholed;

    /// <inheritdoc />
    public RuleOutcome Evaluate(NurtureRule rule, NurtureCandidate candidate, EvaluationContext context)
    {
        RuleFiring.EnsureType(rule, Type);
        return RuleFiring.Evaluate(rule, candidate ?? throw new ArgumentNullException(nameof(candidate)), context ?? throw new ArgumentNullException(nameof(context)), () => Decide(rule, candidate, context));
    }

    private static RuleDecision Decide(NurtureRule rule, NurtureCandidate candidate, EvaluationContext context)
    {
        var minimum = rule.MinimumCompletedEngagements ?? 1;
        if (candidate.CompletedEngagementCount < minimum)
        {
            return RuleDecision.No($"{TemplateFormat.Number(candidate.CompletedEngagementCount)} completed engagements, fewer than the {TemplateFormat.Number(minimum)} the rule asks");
        }

        if (candidate.ServiceLinesUsed.Count != 1)
        {
            return RuleDecision.No(candidate.ServiceLinesUsed.Count == 0
                ? "No service line is known for the account's engagements"
                : $"Bought {TemplateFormat.Number(candidate.ServiceLinesUsed.Count)} service lines, so not pigeonholed");
        }

        var only = candidate.ServiceLinesUsed[0];
        var others = context.Catalogue.Where(s => s.Id != only.Id).Select(s => s.Name).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
        if (others.Count == 0)
        {
            return RuleDecision.No($"Bought only {only.Name}, but the catalogue offers no other service line");
        }

        return RuleDecision.Yes($"Bought only {only.Name} in {TemplateFormat.Number(candidate.CompletedEngagementCount)} engagements; introduce {TemplateFormat.List(others)}");
    }
}
