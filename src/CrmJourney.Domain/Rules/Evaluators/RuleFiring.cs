using System;
using System.Linq;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Templates;
using CrmJourney.Domain.Time;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// The steps every account rule shares: screening (detractor, tier, stage, extra conditions), the
/// prior-firing checks (open task, cooldown, same window) and building the action (assignee, texts,
/// due date, key). Pure functions only.
/// </summary>
internal static class RuleFiring
{
    public static void EnsureType(NurtureRule rule, NurtureRuleType expected)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        if (rule.Type != expected)
        {
            throw new ArgumentException($"This evaluator handles {expected} rules; \"{rule.Name}\" is a {rule.Type} rule.", nameof(rule));
        }
    }

    /// <summary>Null when the candidate passes detractor, tier, stage (when the rule lists stages) and condition screening.</summary>
    public static RuleOutcome? Screen(NurtureRule rule, NurtureCandidate candidate, EvaluationContext context)
    {
        if (candidate.Sentiment == FormerSentiment.Detractor)
        {
            return RuleOutcome.SkippedDetractor();
        }

        if (!rule.WatchesTier(candidate.Tier))
        {
            var watched = TemplateFormat.List(rule.Tiers.Select(t => TemplateFormat.Tier(t)));
            return RuleOutcome.NotFired(candidate.Tier is null
                ? $"The account has no tier and the rule watches only {watched}"
                : $"{TemplateFormat.Tier(candidate.Tier)} is not watched (the rule watches {watched})");
        }

        if (rule.Stages.Count > 0 && !rule.Stages.Contains(candidate.Stage))
        {
            return RuleOutcome.NotFired($"Stage {TemplateFormat.Stage(candidate.Stage)} is not watched (the rule watches {TemplateFormat.List(rule.Stages.Select(TemplateFormat.Stage))})");
        }

        var failed = rule.Conditions.Check(candidate, context.AsOf);
        return failed is null ? null : RuleOutcome.NotFired("The account is " + failed);
    }

    /// <summary>
    /// Null when no earlier firing blocks a new one for (rule, account); otherwise the skip. An open
    /// task blocks; a firing less than max(cooldown, <paramref name="minimumDays"/>) days old blocks.
    /// Firings dated after the as-of date are ignored (previews "as of" a past date).
    /// </summary>
    public static RuleOutcome? CheckPriorFirings(NurtureRule rule, Guid accountId, EvaluationContext context, int minimumDays)
    {
        var relevant = context.PriorFirings
            .Where(f => f.RuleId == rule.Id && f.AccountId == accountId && f.FiredOn.Date <= context.AsOf.Date)
            .OrderByDescending(f => f.FiredOn)
            .ThenBy(f => f.Window, StringComparer.Ordinal)
            .ToList();
        var open = relevant.FirstOrDefault(f => f.TaskOpen);
        if (open is not null)
        {
            return RuleOutcome.Skipped(
                RuleOutcomeKind.SkippedOpenTask,
                $"A task from this rule's firing on {TemplateFormat.Date(open.FiredOn)} is still open",
                new NurtureDedupeKey(rule.Id, accountId, open.Window));
        }

        var latest = relevant.FirstOrDefault();
        var blockingDays = Math.Max(rule.CooldownDays, minimumDays);
        if (latest is not null && WholeDays.Signed(latest.FiredOn, context.AsOf) < blockingDays)
        {
            return RuleOutcome.Skipped(
                RuleOutcomeKind.SkippedForCooldown,
                rule.CooldownDays > 0
                    ? $"Fired on {TemplateFormat.Date(latest.FiredOn)}; the {TemplateFormat.Number(rule.CooldownDays)}-day cooldown runs until {TemplateFormat.Date(latest.FiredOn.Date.AddDays(blockingDays))}"
                    : $"Already fired on {TemplateFormat.Date(latest.FiredOn)}; with no cooldown the rule fires at most once a day",
                new NurtureDedupeKey(rule.Id, accountId, latest.Window));
        }

        return null;
    }

    /// <summary>The values of the account placeholders.</summary>
    public static TemplateValues Values(NurtureRule rule, NurtureCandidate candidate, EvaluationContext context, string reason, DateTime dueOn)
    {
        var used = candidate.ServiceLinesUsed.Select(s => s.Name).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
        var usedIds = candidate.ServiceLinesUsed.Select(s => s.Id).ToList();
        var other = context.Catalogue.Where(s => !usedIds.Contains(s.Id)).Select(s => s.Name).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
        var daysSince = candidate.LastTouchpointOn is DateTime last ? WholeDays.Between(last, context.AsOf) : (int?)null;
        return TemplateValues.Empty
            .With(NurturePlaceholders.AccountName, candidate.Name)
            .With(NurturePlaceholders.Stage, TemplateFormat.Stage(candidate.Stage))
            .With(NurturePlaceholders.Tier, TemplateFormat.Tier(candidate.Tier))
            .With(NurturePlaceholders.DaysSinceTouchpoint, TemplateFormat.Number(daysSince))
            .With(NurturePlaceholders.LastTouchpointDate, TemplateFormat.Date(candidate.LastTouchpointOn))
            .With(NurturePlaceholders.LastTouchpointChannel, TemplateFormat.Channel(candidate.LastTouchpointChannel))
            .With(NurturePlaceholders.EngagementsCompleted, TemplateFormat.Number(candidate.CompletedEngagementCount))
            .With(NurturePlaceholders.ServiceLinesUsed, TemplateFormat.List(used))
            .With(NurturePlaceholders.ServiceLinesOther, TemplateFormat.List(other))
            .With(NurturePlaceholders.ServiceLinesSuggested, TemplateFormat.List(PigeonholedEvaluator.SuggestedNames(candidate, context)))
            .With(NurturePlaceholders.PartnerName, TemplateFormat.Text(candidate.RelationshipPartner?.Name))
            .With(NurturePlaceholders.RevisitDate, TemplateFormat.Date(candidate.RevisitOn))
            .With(NurturePlaceholders.FormerReason, TemplateFormat.Text(candidate.FormerReason))
            .With(NurturePlaceholders.RuleName, rule.Name)
            .With(NurturePlaceholders.Reason, reason)
            .With(NurturePlaceholders.DueDate, TemplateFormat.Date(dueOn));
    }

    /// <summary>Builds the firing: resolves the assignee (noting any fallback in the reason), renders the texts, dates and keys it.</summary>
    public static RuleOutcome Fire(NurtureRule rule, NurtureCandidate candidate, EvaluationContext context, string reason, string window, Func<TemplateValues, TemplateValues>? extraValues = null)
    {
        var assignee = AssigneeResolver.Resolve(rule, candidate);
        var fullReason = assignee.FallbackNote is null ? reason : $"{reason} ({assignee.FallbackNote})";
        var dueOn = context.AsOf.Date.AddDays(rule.DueInDays);
        var values = Values(rule, candidate, context, fullReason, dueOn);
        if (extraValues is not null)
        {
            values = extraValues(values);
        }

        var action = new NurtureAction(
            key: new NurtureDedupeKey(rule.Id, candidate.AccountId, window),
            accountId: candidate.AccountId,
            assignee: assignee.Principal,
            subject: rule.Subject.Render(values),
            description: rule.Description.Render(values),
            reason: fullReason,
            firedOn: context.AsOf,
            dueOn: dueOn,
            priority: rule.Priority);
        return RuleOutcome.Fired(action);
    }

    /// <summary>Screens, checks the type-specific condition, then prior firings, then fires in today's window.</summary>
    public static RuleOutcome Evaluate(NurtureRule rule, NurtureCandidate candidate, EvaluationContext context, Func<RuleDecision> decide)
    {
        var screened = Screen(rule, candidate, context);
        if (screened is not null)
        {
            return screened;
        }

        var decision = decide();
        if (!decision.Meets)
        {
            return RuleOutcome.NotFired(decision.Reason);
        }

        return CheckPriorFirings(rule, candidate.AccountId, context, minimumDays: 1)
            ?? Fire(rule, candidate, context, decision.Reason, NurtureDedupeKey.DateWindow(context.AsOf));
    }
}
