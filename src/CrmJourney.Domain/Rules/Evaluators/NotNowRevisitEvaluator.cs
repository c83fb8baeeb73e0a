using System;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Templates;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// Not-now revisit: a prospect whose outcome is Not now and whose revisit date (cjp_revisiton) is on
/// or before the as-of date, in a watched tier ("Not-now prospect due for a revisit on 2026-11-01").
/// A not-now prospect without a revisit date does not fire and says so. The cooldown and the
/// open-task check stop repeats while the prospect stays "not now".
/// </summary>
public sealed class NotNowRevisitEvaluator : IAccountRuleEvaluator
{
    /// <inheritdoc />
    public NurtureRuleType Type => NurtureRuleType.NotNowRevisit;

    /// <inheritdoc />
    public RuleOutcome Evaluate(NurtureRule rule, NurtureCandidate candidate, EvaluationContext context)
    {
        RuleFiring.EnsureType(rule, Type);
        return RuleFiring.Evaluate(rule, candidate ?? throw new ArgumentNullException(nameof(candidate)), context ?? throw new ArgumentNullException(nameof(context)), () => Decide(candidate, context.AsOf));
    }

    private static RuleDecision Decide(NurtureCandidate candidate, DateTime asOf)
    {
        if (candidate.Stage != JourneyStage.Prospect || candidate.ProspectOutcome != ProspectOutcome.NotNow)
        {
            return RuleDecision.No("Not a \"not now\" prospect");
        }

        if (candidate.RevisitOn is not DateTime revisit)
        {
            return RuleDecision.No("\"Not now\" prospect without a revisit date: set cjp_revisiton to schedule the revisit");
        }

        return revisit.Date <= asOf.Date
            ? RuleDecision.Yes($"Not-now prospect due for a revisit on {TemplateFormat.Date(revisit)}")
            : RuleDecision.No($"Revisit date {TemplateFormat.Date(revisit)} has not come yet");
    }
}
