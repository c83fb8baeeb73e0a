using System.Collections.Generic;
using CrmJourney.Domain.Rules;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using LogTable = CrmJourney.Plugins.Schema.NurtureLog;
using RuleTable = CrmJourney.Plugins.Schema.NurtureRule;

namespace CrmJourney.Plugins.Mapping;

/// <summary>
/// Writes a rule firing (<see cref="NurtureAction"/>) as its two rows: the cjp_nurturelog row, keyed
/// by rule + account + window and by the same three as one cjp_dedupekey text (the alternate keys that
/// record a firing once), and the task regarding
/// the account, owned by the assignee, due on the action's date, linked to its rule by
/// cjp_nurtureruleid — which is what marks it as a nurture task (not a touchpoint until completed).
/// </summary>
public static class NurtureActionMapper
{
    /// <summary>The cjp_nurturelog row of <paramref name="action"/>, fired by the rule named <paramref name="ruleName"/>.</summary>
    public static Entity ToLogRow(NurtureAction action, string ruleName)
    {
        var row = new Entity(LogTable.LogicalName)
        {
            [LogTable.Columns.Name] = Truncate(ruleName + ": " + action.Key.Window, 100),
            [LogTable.Columns.NurtureRuleId] = new EntityReference(RuleTable.LogicalName, action.RuleId),
            [LogTable.Columns.AccountId] = new EntityReference(Account.LogicalName, action.AccountId),
            [LogTable.Columns.Window] = action.Key.Window,
            [LogTable.Columns.DedupeKey] = action.Key.ToString(),
            [LogTable.Columns.FiredOn] = action.FiredOn,
            [LogTable.Columns.Reason] = action.Reason,
        };
        if (action.Assignee.Kind == PrincipalKind.User)
        {
            row[LogTable.Columns.AssignedToId] = new EntityReference(SystemUser.LogicalName, action.Assignee.Id);
        }

        return row;
    }

    /// <summary>The task of <paramref name="action"/>.</summary>
    public static Entity ToTask(NurtureAction action) => new(Task.LogicalName)
    {
        [Task.Columns.Subject] = action.Subject,
        [Task.Columns.Description] = action.Description,
        [Task.Columns.RegardingObjectId] = new EntityReference(Account.LogicalName, action.AccountId),
        [Task.Columns.OwnerId] = NurtureCandidateMapper.ToReference(action.Assignee),
        [Task.Columns.ScheduledEnd] = action.DueOn,
        [Task.Columns.PriorityCode] = new OptionSetValue(PriorityCode(action.Priority)),
        [Task.Columns.NurtureRuleId] = new EntityReference(RuleTable.LogicalName, action.RuleId),
    };

    /// <summary>
    /// The task of <paramref name="action"/> carrying its cjp_nurturelog row in RelatedEntities (deep
    /// insert through <see cref="LogTable.Relationships.Task"/>): one Create writes both in one
    /// transaction and links the log to its task. The log's alternate key still records the firing
    /// once: a firing already logged refuses the log, and the task with it.
    /// </summary>
    public static Entity ToTaskWithLog(NurtureAction action, string ruleName)
    {
        var task = ToTask(action);
        task.RelatedEntities[new Relationship(LogTable.Relationships.Task)] = new EntityCollection(new List<Entity> { ToLogRow(action, ruleName) });
        return task;
    }

    // The task's own prioritycode: 0 Low, 1 Normal, 2 High.
    private static int PriorityCode(TaskPriority priority) => priority switch
    {
        TaskPriority.Low => 0,
        TaskPriority.High => 2,
        _ => 1,
    };

    private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "…";
}
