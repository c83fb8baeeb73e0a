using System;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Templates;
using CrmJourney.Domain.Time;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// Advocate check-in: a former client whose sentiment is Advocate, in a watched tier, not contacted
/// for at least thresholdDays days ("Advocate not contacted for 200 days; last: email on 2026-05-07").
/// Former clients of unknown sentiment are not advocates and do not fire; detractors never do. With
/// no touchpoint ever, silence is measured from the date the account became a former client; with
/// neither date the rule does not fire.
/// </summary>
public sealed class AdvocateCheckInEvaluator : IAccountRuleEvaluator
{
    /// <inheritdoc />
    public NurtureRuleType Type => NurtureRuleType.AdvocateCheckIn;

    /// <inheritdoc />
    public RuleOutcome Evaluate(NurtureRule rule, NurtureCandidate candidate, EvaluationContext context)
    {
        RuleFiring.EnsureType(rule, Type);
        return RuleFiring.Evaluate(rule, candidate ?? throw new ArgumentNullException(nameof(candidate)), context ?? throw new ArgumentNullException(nameof(context)), () => Decide(rule, candidate, context.AsOf));
    }

    private static RuleDecision Decide(NurtureRule rule, NurtureCandidate candidate, DateTime asOf)
    {
        if (candidate.Stage != JourneyStage.FormerClient)
        {
            return RuleDecision.No($"Stage {TemplateFormat.Stage(candidate.Stage)}: only former clients get advocate check-ins");
        }

        if (candidate.Sentiment != FormerSentiment.Advocate)
        {
            return RuleDecision.No("Former-client sentiment is Unknown: only advocates get check-ins");
        }

        var threshold = rule.ThresholdDays ?? 1;
        if (candidate.LastTouchpointOn is DateTime last)
        {
            var days = WholeDays.Between(last, asOf);
            var lastText = TemplateFormat.LastContact(last, candidate.LastTouchpointChannel);
            return days >= threshold
                ? RuleDecision.Yes($"Advocate not contacted for {TemplateFormat.Number(days)} days; {lastText}")
                : RuleDecision.No($"Advocate contacted {TemplateFormat.Number(days)} days ago, under the {TemplateFormat.Number(threshold)}-day threshold");
        }

        if (candidate.StageEnteredOn is DateTime entered)
        {
            var days = WholeDays.Between(entered, asOf);
            return days >= threshold
                ? RuleDecision.Yes($"Advocate never contacted; a former client for {TemplateFormat.Number(days)} days since {TemplateFormat.Date(entered)}")
                : RuleDecision.No($"Advocate never contacted, but a former client for only {TemplateFormat.Number(days)} days, under the {TemplateFormat.Number(threshold)}-day threshold");
        }

        return RuleDecision.No("Cannot measure silence: the advocate has no touchpoint and no stage-entered date");
    }
}
