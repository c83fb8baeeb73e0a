using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Templates;

namespace CrmJourney.Domain.Rules.Validation;

/// <summary>
/// Checks a <see cref="NurtureRuleDraft"/> and builds the <see cref="NurtureRule"/>, or returns every
/// problem at once, each naming the field (as in the rule-set JSON) and the fix. Used when a rule is
/// saved (refused with these messages) and at sweep time (an invalid rule is skipped and reported,
/// never crashes the sweep). Pure: no clock, no I/O.
/// </summary>
/// <remarks>
/// Checks, in field order: id non-empty; name not blank; type set; stages non-empty for Quiet and
/// Pigeonholed and absent for other types; thresholdDays ≥ 1 where used and absent elsewhere;
/// minimumCompletedEngagements ≥ 1 for Pigeonholed and absent elsewhere; cooldownDays ≥ 0; assignee
/// type set, with assigneeUserId for SpecificUser and assigneeTeamId for SpecificTeam (and neither
/// otherwise); subject not blank; subject and description parse with only the placeholders the type
/// allows; dueInDays ≥ 0; sendEmail only on Partner digest; conditions a JSON object of known keys.
/// </remarks>
public static class NurtureRuleValidator
{
    private static readonly string _typeNames = string.Join(", ", Enum.GetNames(typeof(NurtureRuleType)));
    private static readonly string _assigneeNames = string.Join(", ", Enum.GetNames(typeof(AssigneeType)));

    /// <summary>Validates <paramref name="draft"/>.</summary>
    public static RuleValidationResult Validate(NurtureRuleDraft draft)
    {
        if (draft is null)
        {
            throw new ArgumentNullException(nameof(draft));
        }

        var problems = new List<RuleProblem>();
        if (draft.Id == Guid.Empty)
        {
            problems.Add(new RuleProblem("id", "must be a non-empty GUID — give the rule a fixed id so its firings stay deduplicated"));
        }

        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            problems.Add(new RuleProblem("name", "must not be blank — give the rule a name task readers recognise, such as \"Quiet Tier 1 clients\""));
        }

        if (draft.Type is null)
        {
            problems.Add(new RuleProblem("type", $"must be set — choose one of {_typeNames}"));
        }

        var requirements = draft.Type is NurtureRuleType type ? RuleTypeRequirements.For(type) : null;
        if (requirements is not null)
        {
            CheckTypeFields(draft, requirements, problems);
        }

        if (draft.CooldownDays < 0)
        {
            problems.Add(new RuleProblem("cooldownDays", "must be 0 or more — set the days to wait before the rule may fire again for the same account (0 = at most once a day)"));
        }

        CheckAssignee(draft, problems);

        var placeholders = requirements?.Placeholders ?? NurturePlaceholders.ReferralRule;
        if (string.IsNullOrWhiteSpace(draft.Subject))
        {
            problems.Add(new RuleProblem("subject", "must not be blank — write the task subject, e.g. \"Check in with {account.name}\""));
        }

        var subject = ParseTemplate("subject", draft.Subject, placeholders, problems);
        var description = ParseTemplate("description", draft.Description, placeholders, problems);

        if (draft.DueInDays < 0)
        {
            problems.Add(new RuleProblem("dueInDays", "must be 0 or more — set how many days after the sweep the task is due (0 = the same day)"));
        }

        if (draft.SendEmail == true && requirements is { UsesSendEmail: false })
        {
            problems.Add(new RuleProblem("sendEmail", $"only PartnerDigest rules send email — set it to false or leave it out for {requirements.Type} rules"));
        }

        var conditions = NurtureConditionsParser.Parse(draft.ConditionsJson, out var conditionProblems);
        problems.AddRange(conditionProblems);

        if (problems.Count > 0 || subject is null || description is null || conditions is null || draft.Type is null || draft.AssigneeType is null)
        {
            return new RuleValidationResult(null, problems);
        }

        return new RuleValidationResult(new NurtureRule(draft, draft.Type.Value, draft.AssigneeType.Value, subject, description, conditions), problems);
    }

    private static void CheckTypeFields(NurtureRuleDraft draft, RuleTypeRequirements requirements, List<RuleProblem> problems)
    {
        var type = requirements.Type;
        if (requirements.UsesStages && draft.Stages.Count == 0)
        {
            problems.Add(new RuleProblem("stages", "must list at least one stage — choose the stages this rule watches: Prospect, ActiveClient, BetweenEngagements, FormerClient"));
        }
        else if (!requirements.UsesStages && draft.Stages.Count > 0)
        {
            problems.Add(new RuleProblem("stages", $"is not used by {type} rules — remove it ({requirements.Scope})"));
        }

        if (requirements.UsesThreshold && (draft.ThresholdDays is null || draft.ThresholdDays < 1))
        {
            problems.Add(new RuleProblem("thresholdDays", $"must be at least 1 — set {requirements.ThresholdMeaning}"));
        }
        else if (!requirements.UsesThreshold && draft.ThresholdDays is not null)
        {
            problems.Add(new RuleProblem("thresholdDays", $"is not used by {type} rules — remove it ({requirements.Scope})"));
        }

        if (requirements.UsesMinimumCompletedEngagements && (draft.MinimumCompletedEngagements is null || draft.MinimumCompletedEngagements < 1))
        {
            problems.Add(new RuleProblem("minimumCompletedEngagements", "must be at least 1 — set how many completed engagements, all in one service line, make a client pigeonholed"));
        }
        else if (!requirements.UsesMinimumCompletedEngagements && draft.MinimumCompletedEngagements is not null)
        {
            problems.Add(new RuleProblem("minimumCompletedEngagements", $"is not used by {type} rules — remove it (only Pigeonholed rules count engagements)"));
        }
    }

    private static void CheckAssignee(NurtureRuleDraft draft, List<RuleProblem> problems)
    {
        if (draft.AssigneeType is null)
        {
            problems.Add(new RuleProblem("assigneeType", $"must be set — choose who receives the tasks: {_assigneeNames}"));
            return;
        }

        var assignee = draft.AssigneeType.Value;
        if (assignee == AssigneeType.SpecificUser && (draft.AssigneeUserId is null || draft.AssigneeUserId == Guid.Empty))
        {
            problems.Add(new RuleProblem("assigneeUserId", "must be set when assigneeType is SpecificUser — give the id of the user who receives the tasks"));
        }
        else if (assignee != AssigneeType.SpecificUser && draft.AssigneeUserId is not null)
        {
            problems.Add(new RuleProblem("assigneeUserId", $"is only used when assigneeType is SpecificUser — remove it, or set assigneeType to SpecificUser (now {assignee})"));
        }

        if (assignee == AssigneeType.SpecificTeam && (draft.AssigneeTeamId is null || draft.AssigneeTeamId == Guid.Empty))
        {
            problems.Add(new RuleProblem("assigneeTeamId", "must be set when assigneeType is SpecificTeam — give the id of the team that receives the tasks"));
        }
        else if (assignee != AssigneeType.SpecificTeam && draft.AssigneeTeamId is not null)
        {
            problems.Add(new RuleProblem("assigneeTeamId", $"is only used when assigneeType is SpecificTeam — remove it, or set assigneeType to SpecificTeam (now {assignee})"));
        }
    }

    private static TaskTemplate? ParseTemplate(string field, string? text, IReadOnlyList<string> placeholders, List<RuleProblem> problems)
    {
        var result = TaskTemplate.Parse(text, placeholders);
        problems.AddRange(result.Problems.Select(p => new RuleProblem(field, p.Message)));
        return result.Template;
    }
}
