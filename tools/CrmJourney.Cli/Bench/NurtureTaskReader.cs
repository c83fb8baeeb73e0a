using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using TaskTable = CrmJourney.Plugins.Schema.Task;

namespace CrmJourney.Cli.Bench;

/// <summary>Reads the nurture tasks (tasks with a rule) an organization holds, sorted, for the comparison.</summary>
public static class NurtureTaskReader
{
    /// <summary>Every task with cjp_nurtureruleid set, as <see cref="FiredTask"/>s in a stable order.</summary>
    public static IReadOnlyList<FiredTask> Read(IOrganizationService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var query = new QueryExpression(TaskTable.LogicalName)
        {
            ColumnSet = new ColumnSet(TaskTable.Columns.RegardingObjectId, TaskTable.Columns.NurtureRuleId, TaskTable.Columns.Subject, TaskTable.Columns.OwnerId, TaskTable.Columns.ScheduledEnd),
            PageInfo = new PagingInfo { Count = 5_000, PageNumber = 1 },
        };
        query.Criteria.AddCondition(TaskTable.Columns.NurtureRuleId, ConditionOperator.NotNull);
        query.AddOrder(TaskTable.Columns.ActivityId, OrderType.Ascending);
        var tasks = new List<FiredTask>();
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            tasks.AddRange(page.Entities.Select(ToFiredTask));
            if (!page.MoreRecords)
            {
                break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        tasks.Sort();
        return tasks;
    }

    private static FiredTask ToFiredTask(Entity task) =>
        new(
            task.GetAttributeValue<EntityReference>(TaskTable.Columns.RegardingObjectId)?.Id ?? Guid.Empty,
            task.GetAttributeValue<EntityReference>(TaskTable.Columns.NurtureRuleId)!.Id,
            task.GetAttributeValue<string>(TaskTable.Columns.Subject) ?? string.Empty,
            task.GetAttributeValue<EntityReference>(TaskTable.Columns.OwnerId)?.Id ?? Guid.Empty,
            (task.GetAttributeValue<DateTime?>(TaskTable.Columns.ScheduledEnd) ?? DateTime.MinValue).Date);
}
