using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Touchpoints;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using DomainActivityParty = CrmJourney.Domain.Touchpoints.ActivityParty;
using NurtureRuleType = CrmJourney.Domain.Rules.NurtureRuleType;
using PartyTable = CrmJourney.Plugins.Schema.ActivityParty;

namespace CrmJourney.Plugins.Touchpoints;

/// <summary>
/// The touchpoint step's two reads. <see cref="ReadReach"/>: the activity row with its parties in contact
/// roles (each party's contact's parent customer through an outer link) and the row it regards (the
/// contact's parent customer, the opportunity's or lead's account and customer, the engagement's
/// account through outer links) — one query, one row per party. <see cref="ReadAccounts"/>: the touched
/// accounts' touchpoint columns with their open nurture tasks (outer link, each with its rule's type),
/// so the step knows which Quiet task a touchpoint answers — one query however many accounts.
/// </summary>
public static class TouchpointQueries
{
    private const string PartyAlias = "party";
    private const string PartyContactAlias = "partycontact";
    private const string RegardingContactAlias = "regardingcontact";
    private const string RegardingOpportunityAlias = "regardingopportunity";
    private const string RegardingLeadAlias = "regardinglead";
    private const string RegardingEngagementAlias = "regardingengagement";
    private const string TaskAlias = "nurturetask";
    private const string RuleAlias = "nurturerule";

    /// <summary>What the activity names and whose those rows are; an activity row that is gone reaches nothing.</summary>
    public static ActivityReach ReadReach(IOrganizationService service, string activityTable, Guid activityId)
    {
        var query = new QueryExpression(activityTable) { ColumnSet = new ColumnSet(Task.Columns.RegardingObjectId) };
        query.Criteria.AddCondition(Task.Columns.ActivityId, ConditionOperator.Equal, activityId);

        var party = query.AddLink(PartyTable.LogicalName, Task.Columns.ActivityId, PartyTable.Columns.ActivityId, JoinOperator.LeftOuter);
        party.EntityAlias = PartyAlias;
        party.Columns = new ColumnSet(PartyTable.Columns.PartyId, PartyTable.Columns.ParticipationTypeMask);
        party.LinkCriteria.AddCondition(PartyTable.Columns.ParticipationTypeMask, ConditionOperator.In, CountedRoles());
        Link(party, Contact.LogicalName, PartyTable.Columns.PartyId, Contact.Columns.ContactId, PartyContactAlias, Contact.Columns.ParentCustomerId);

        Link(query, Contact.LogicalName, Contact.Columns.ContactId, RegardingContactAlias, Contact.Columns.ParentCustomerId);
        Link(query, Opportunity.LogicalName, Opportunity.Columns.OpportunityId, RegardingOpportunityAlias, Opportunity.Columns.ParentAccountId, Opportunity.Columns.CustomerId);
        Link(query, Lead.LogicalName, Lead.Columns.LeadId, RegardingLeadAlias, Lead.Columns.ParentAccountId, Lead.Columns.CustomerId);
        Link(query, Engagement.LogicalName, Engagement.Columns.EngagementId, RegardingEngagementAlias, Engagement.Columns.AccountId);

        var rows = service.RetrieveMultiple(query).Entities;
        if (rows.Count == 0)
        {
            return new ActivityReach(null, Array.Empty<DomainActivityParty>(), AccountLinks.None);
        }

        var regarding = RecordRefMapper.From(rows[0].GetAttributeValue<EntityReference>(Task.Columns.RegardingObjectId));
        var contacts = new Dictionary<Guid, Guid>();
        var parties = new List<DomainActivityParty>();
        foreach (var row in rows)
        {
            var partyRef = RecordRefMapper.From(LinkedColumns.Value<EntityReference>(row, PartyAlias, PartyTable.Columns.PartyId));
            var role = LinkedColumns.Value<OptionSetValue>(row, PartyAlias, PartyTable.Columns.ParticipationTypeMask);
            if (partyRef == null || role == null)
            {
                continue;
            }

            parties.Add(new DomainActivityParty((ParticipationType)role.Value, partyRef));
            AddAccount(contacts, partyRef, RecordKind.Contact, RecordRefMapper.AccountIn(LinkedColumns.Value<EntityReference>(row, PartyContactAlias, Contact.Columns.ParentCustomerId)));
        }

        var first = rows[0];
        AddAccount(contacts, regarding, RecordKind.Contact, RecordRefMapper.AccountIn(LinkedColumns.Value<EntityReference>(first, RegardingContactAlias, Contact.Columns.ParentCustomerId)));
        var links = new AccountLinks(
            contactAccounts: contacts,
            opportunityAccounts: Single(regarding, RecordKind.Opportunity, AccountOrCustomer(first, RegardingOpportunityAlias, Opportunity.Columns.ParentAccountId, Opportunity.Columns.CustomerId)),
            leadAccounts: Single(regarding, RecordKind.Lead, AccountOrCustomer(first, RegardingLeadAlias, Lead.Columns.ParentAccountId, Lead.Columns.CustomerId)),
            engagementAccounts: Single(regarding, RecordKind.Engagement, RecordRefMapper.AccountIn(LinkedColumns.Value<EntityReference>(first, RegardingEngagementAlias, Engagement.Columns.AccountId))));
        return new ActivityReach(regarding, parties, links);
    }

    /// <summary>The accounts' touchpoint columns and open Quiet tasks, in the order asked; an id with no account row is left out.</summary>
    public static IReadOnlyList<TouchedAccount> ReadAccounts(IOrganizationService service, IReadOnlyList<Guid> accountIds)
    {
        if (accountIds.Count == 0)
        {
            return Array.Empty<TouchedAccount>();
        }

        var query = new QueryExpression(Account.LogicalName)
        {
            ColumnSet = new ColumnSet(Account.Columns.LastTouchpointOn, Account.Columns.LastTouchpointChannel, Account.Columns.TouchpointCount),
        };
        query.Criteria.AddCondition(Account.Columns.AccountId, ConditionOperator.In, accountIds.Cast<object>().ToArray());
        var task = query.AddLink(Task.LogicalName, Account.Columns.AccountId, Task.Columns.RegardingObjectId, JoinOperator.LeftOuter);
        task.EntityAlias = TaskAlias;
        task.Columns = new ColumnSet(Task.Columns.ActivityId);
        task.LinkCriteria.AddCondition(Task.Columns.StateCode, ConditionOperator.Equal, ActivityStateCodes.Open);
        task.LinkCriteria.AddCondition(Task.Columns.NurtureRuleId, ConditionOperator.NotNull);
        var rule = task.AddLink(NurtureRule.LogicalName, Task.Columns.NurtureRuleId, NurtureRule.Columns.NurtureRuleId, JoinOperator.LeftOuter);
        rule.EntityAlias = RuleAlias;
        rule.Columns = new ColumnSet(NurtureRule.Columns.RuleType);

        var byAccount = service.RetrieveMultiple(query).Entities.GroupBy(row => row.Id).ToDictionary(group => group.Key, group => group.ToList());
        return accountIds.Where(byAccount.ContainsKey).Select(id => ToTouchedAccount(byAccount[id])).ToList();
    }

    private static TouchedAccount ToTouchedAccount(IReadOnlyList<Entity> rows)
    {
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

    private static void Link(QueryExpression query, string table, string toColumn, string alias, params string[] columns)
    {
        var link = query.AddLink(table, Task.Columns.RegardingObjectId, toColumn, JoinOperator.LeftOuter);
        link.EntityAlias = alias;
        link.Columns = new ColumnSet(columns);
    }

    private static void Link(LinkEntity parent, string table, string fromColumn, string toColumn, string alias, params string[] columns)
    {
        var link = parent.AddLink(table, fromColumn, toColumn, JoinOperator.LeftOuter);
        link.EntityAlias = alias;
        link.Columns = new ColumnSet(columns);
    }

    // Built per call: plugin types hold no static mutable state (an array is mutable), and it is a dozen values.
    private static object[] CountedRoles() => Enum.GetValues(typeof(ParticipationType)).Cast<ParticipationType>()
        .Where(TouchpointDefinition.CountsParty).Select(role => (object)(int)role).ToArray();

    private static Guid? AccountOrCustomer(Entity row, string alias, string accountColumn, string customerColumn) =>
        RecordRefMapper.AccountIn(LinkedColumns.Value<EntityReference>(row, alias, accountColumn))
            ?? RecordRefMapper.AccountIn(LinkedColumns.Value<EntityReference>(row, alias, customerColumn));

    private static void AddAccount(Dictionary<Guid, Guid> map, RecordRef? record, RecordKind kind, Guid? account)
    {
        if (record != null && record.Kind == kind && account is { } id)
        {
            map[record.Id] = id;
        }
    }

    private static Dictionary<Guid, Guid>? Single(RecordRef? regarding, RecordKind kind, Guid? account)
    {
        var map = new Dictionary<Guid, Guid>();
        AddAccount(map, regarding, kind, account);
        return map.Count == 0 ? null : map;
    }
}
