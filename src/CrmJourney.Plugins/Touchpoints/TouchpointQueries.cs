using System;
using System.Linq;
using CrmJourney.Domain.Touchpoints;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using NurtureRuleType = CrmJourney.Domain.Rules.NurtureRuleType;

namespace CrmJourney.Plugins.Touchpoints;

/// <summary>
/// The touchpoint step's one read: the account an activity concerns — the regarding account, or the
/// parent account of the regarding contact through an inner link — with its touchpoint columns and
/// its open nurture tasks (outer link, each with its rule's type), so the step knows which Quiet task
/// a touchpoint answers without a second request.
/// </summary>
public static class TouchpointQueries
{
    private const string ContactAlias = "contact";
    private const string TaskAlias = "nurturetask";
    private const string RuleAlias = "nurturerule";

    /// <summary>The touched account, or null when the regarding row is not an account or a contact with a parent account.</summary>
    public static TouchedAccount? ReadAccount(IOrganizationService service, EntityReference regarding)
    {
        var query = new QueryExpression(Account.LogicalName)
        {
            ColumnSet = new ColumnSet(Account.Columns.LastTouchpointOn, Account.Columns.LastTouchpointChannel, Account.Columns.TouchpointCount),
        };
        if (regarding.LogicalName == Account.LogicalName)
        {
            query.Criteria.AddCondition(Account.Columns.AccountId, ConditionOperator.Equal, regarding.Id);
        }
        else if (regarding.LogicalName == Contact.LogicalName)
        {
            var contact = query.AddLink(Contact.LogicalName, Account.Columns.AccountId, Contact.Columns.ParentCustomerId, JoinOperator.Inner);
            contact.EntityAlias = ContactAlias;
            contact.LinkCriteria.AddCondition(Contact.Columns.ContactId, ConditionOperator.Equal, regarding.Id);
        }
        else
        {
            return null;
        }

        var task = query.AddLink(Task.LogicalName, Account.Columns.AccountId, Task.Columns.RegardingObjectId, JoinOperator.LeftOuter);
        task.EntityAlias = TaskAlias;
        task.Columns = new ColumnSet(Task.Columns.ActivityId);
        task.LinkCriteria.AddCondition(Task.Columns.StateCode, ConditionOperator.Equal, ActivityStateCodes.Open);
        task.LinkCriteria.AddCondition(Task.Columns.NurtureRuleId, ConditionOperator.NotNull);
        var rule = task.AddLink(NurtureRule.LogicalName, Task.Columns.NurtureRuleId, NurtureRule.Columns.NurtureRuleId, JoinOperator.LeftOuter);
        rule.EntityAlias = RuleAlias;
        rule.Columns = new ColumnSet(NurtureRule.Columns.RuleType);

        var rows = service.RetrieveMultiple(query).Entities;
        if (rows.Count == 0)
        {
            return null;
        }

        var account = rows[0];
        var lastOn = account.GetAttributeValue<DateTime?>(Account.Columns.LastTouchpointOn);
        var lastChannel = Choices.ToEnum<TouchpointChannel>(account.GetAttributeValue<OptionSetValue>(Account.Columns.LastTouchpointChannel));
        var quietTasks = rows
            .Where(row => Choices.ToEnum<NurtureRuleType>(LinkedColumns.Value<OptionSetValue>(row, RuleAlias, NurtureRule.Columns.RuleType)) == NurtureRuleType.Quiet)
            .Select(row => LinkedColumns.Value<Guid>(row, TaskAlias, Task.Columns.ActivityId))
            .Distinct()
            .ToList();
        return new TouchedAccount(
            account.Id,
            lastOn is { } on ? new LastTouchpoint(on, lastChannel ?? TouchpointChannel.Task) : null,
            Math.Max(0, account.GetAttributeValue<int?>(Account.Columns.TouchpointCount) ?? 0),
            quietTasks);
    }
}
