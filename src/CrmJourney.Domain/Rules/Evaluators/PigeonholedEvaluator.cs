using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Metrics;
using CrmJourney.Domain.Templates;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// Pigeonholed: an account in a watched stage and tier with at least minimumCompletedEngagements
/// completed engagements, all in one service line, while the catalogue offers others ("Bought only
/// Tax advisory in 4 engagements; introduce Audit — 38% of Tax advisory clients also bought it").
/// The suggestion comes from the context's <see cref="ServiceLineAffinity"/>: the other line(s) most
/// often bought by clients of the same line (see <see cref="ServiceLineAffinity.BestNext"/>); without
/// that evidence the other lines are listed by name, alphabetically. "Bought" is the candidate's
/// <see cref="NurtureCandidate.ServiceLinesUsed"/>, which every reader fills with
/// <see cref="ClientDefinitions.ServiceLinesBought"/>' lines (active or completed engagements started by the
/// as-of instant), so a client whose active engagement is in a second line is not pigeonholed. An account
/// with no known service line, or with two or more, does not fire. The journey report counts
/// pigeonholed clients with <see cref="Flags"/>, so its figure is the rule's.
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

    /// <summary>
    /// Whether <paramref name="rule"/> flags <paramref name="candidate"/> regardless of earlier firings
    /// (screening — detractor, tier, stage, conditions — and the rule's own condition): the definition
    /// of "pigeonholed" every figure uses.
    /// </summary>
    public static bool Flags(NurtureRule rule, NurtureCandidate candidate, EvaluationContext context)
    {
        RuleFiring.EnsureType(rule, NurtureRuleType.Pigeonholed);
        if (candidate is null)
        {
            throw new ArgumentNullException(nameof(candidate));
        }

        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        return RuleFiring.Screen(rule, candidate, context) is null && Decide(rule, candidate, context).Meets;
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> is one the rule looks at for being pigeonholed: it passes the
    /// rule's screening and has at least the completed engagements the rule asks (the base of the
    /// pigeonholed share).
    /// </summary>
    public static bool Watches(NurtureRule rule, NurtureCandidate candidate, EvaluationContext context)
    {
        RuleFiring.EnsureType(rule, NurtureRuleType.Pigeonholed);
        return RuleFiring.Screen(rule, candidate ?? throw new ArgumentNullException(nameof(candidate)), context ?? throw new ArgumentNullException(nameof(context))) is null
            && candidate.CompletedEngagementCount >= (rule.MinimumCompletedEngagements ?? 1);
    }

    /// <summary>
    /// The text naming what to introduce to a client who bought only <paramref name="only"/>: the best
    /// next line(s) with their evidence, or the other lines of the catalogue without it; null when the
    /// catalogue offers no other line.
    /// </summary>
    public static string? Suggestion(ServiceLine only, EvaluationContext context)
    {
        if (only is null)
        {
            throw new ArgumentNullException(nameof(only));
        }

        var best = (context ?? throw new ArgumentNullException(nameof(context))).Affinity.BestNext(only.Id, context.Catalogue);
        if (best.Count > 0)
        {
            var names = best.Select(b => b.Line.Name).ToList();
            return $"{string.Join(" or ", names)} — {best[0].SharePercent} of {only.Name} clients also bought {(best.Count == 1 ? "it" : "each")}";
        }

        var others = context.Catalogue.Where(s => s.Id != only.Id).Select(s => s.Name).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
        return others.Count == 0 ? null : TemplateFormat.List(others);
    }

    /// <summary>The suggested line names alone (for {servicelines.suggested}); the other lines without evidence.</summary>
    internal static IReadOnlyList<string> SuggestedNames(NurtureCandidate candidate, EvaluationContext context)
    {
        if (candidate.ServiceLinesUsed.Count != 1)
        {
            return Array.Empty<string>();
        }

        var only = candidate.ServiceLinesUsed[0];
        var best = context.Affinity.BestNext(only.Id, context.Catalogue);
        return best.Count > 0
            ? best.Select(b => b.Line.Name).ToList()
            : context.Catalogue.Where(s => s.Id != only.Id).Select(s => s.Name).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
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
        var suggestion = Suggestion(only, context);
        if (suggestion is null)
        {
            return RuleDecision.No($"Bought only {only.Name}, but the catalogue offers no other service line");
        }

        return RuleDecision.Yes($"Bought only {only.Name} in {TemplateFormat.Number(candidate.CompletedEngagementCount)} engagements; introduce {suggestion}");
    }
}
