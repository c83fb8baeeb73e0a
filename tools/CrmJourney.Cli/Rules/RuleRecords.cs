using System;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using NurtureRuleTable = CrmJourney.Plugins.Schema.NurtureRule;

namespace CrmJourney.Cli.Rules;

/// <summary>A validated rule as its cjp_nurturerule record, the way sales ops would save it in the app.</summary>
public static class RuleRecords
{
    /// <summary>Active rules have statecode 0; inactive ones 1.</summary>
    private const int ActiveState = 0;

    private const int InactiveState = 1;

    /// <summary>The record of <paramref name="rule"/>, with the rule's id.</summary>
    public static Entity ToEntity(Domain.Rules.NurtureRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var draft = rule.ToDraft();
        var row = new Entity(NurtureRuleTable.LogicalName, rule.Id)
        {
            [NurtureRuleTable.Columns.Name] = rule.Name,
            [NurtureRuleTable.Columns.RuleType] = Choices.ToOptionSetValue(rule.Type),
            [NurtureRuleTable.Columns.CooldownDays] = rule.CooldownDays,
            [NurtureRuleTable.Columns.DueInDays] = rule.DueInDays,
            [NurtureRuleTable.Columns.AssigneeType] = Choices.ToOptionSetValue(rule.AssigneeType),
            [NurtureRuleTable.Columns.TaskSubject] = draft.Subject,
            [NurtureRuleTable.Columns.TaskDescription] = draft.Description,
            [NurtureRuleTable.Columns.Priority] = Choices.ToOptionSetValue(rule.Priority),
            [NurtureRuleTable.Columns.SendEmail] = rule.SendEmail,
            [NurtureRuleTable.Columns.ConditionsJson] = draft.ConditionsJson,
            [NurtureRuleTable.Columns.StateCode] = new OptionSetValue(rule.Active ? ActiveState : InactiveState),
        };
        if (rule.Stages.Count > 0)
        {
            row[NurtureRuleTable.Columns.Stages] = Choices.ToOptionSetValueCollection(rule.Stages);
        }

        if (rule.Tiers.Count > 0)
        {
            row[NurtureRuleTable.Columns.Tiers] = Choices.ToOptionSetValueCollection(rule.Tiers);
        }

        if (rule.ThresholdDays is int threshold)
        {
            row[NurtureRuleTable.Columns.ThresholdDays] = threshold;
        }

        if (rule.MinimumCompletedEngagements is int minimum)
        {
            row[NurtureRuleTable.Columns.MinimumCompletedEngagements] = minimum;
        }

        if (rule.AssigneeUserId is Guid user)
        {
            row[NurtureRuleTable.Columns.AssigneeUserId] = new EntityReference(SystemUser.LogicalName, user);
        }

        if (rule.AssigneeTeamId is Guid team)
        {
            row[NurtureRuleTable.Columns.AssigneeTeamId] = new EntityReference(Team.LogicalName, team);
        }

        return row;
    }
}
