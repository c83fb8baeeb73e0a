using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Touchpoints;
using CrmJourney.Plugins.Journey;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using AccountPage = CrmJourney.Plugins.Sweep.AccountPage;
using PartyTable = CrmJourney.Plugins.Schema.ActivityParty;

namespace CrmJourney.Plugins.Initialization;

/// <summary>
/// Every read of the initialization, each set-based over one page of accounts: the filter is always the page's
/// account ids (one In list of at most <see cref="JourneyInitializationOptions.MaxPageSize"/> values), reaching
/// contacts, opportunities, leads and engagements through link-entities rather than through lists of their ids, so
/// a page costs the same dozen-odd requests however many people and deals its accounts have (plus one request per
/// 5,000 rows returned). Queries name their columns.
/// </summary>
internal sealed class InitializationQueries
{
    /// <summary>Aliases of the linked rows an activity is reached through.</summary>
    public const string ContactAlias = "c";
    public const string OpportunityAlias = "o";
    public const string LeadAlias = "l";
    public const string EngagementAlias = "e";
    public const string PointerAlias = "a";

    /// <summary>The activity tables whose completed rows are touchpoints (activitypointer.activitytypecode values).</summary>
    private static object[] ActivityTypes() => new object[] { Email.LogicalName, PhoneCall.LogicalName, Appointment.LogicalName, Task.LogicalName, Letter.LogicalName };

    private readonly IOrganizationService _service;

    public InitializationQueries(IOrganizationService service)
    {
        _service = service;
    }

    /// <summary>
    /// The Lose step's unsecure configuration (sdkmessageprocessingstep.configuration), or null when it cannot be read
    /// (an organization without the registration tables, such as LocalOrg, or a caller who may not read them).
    /// </summary>
    public string? LoseStepConfiguration(Guid stepId)
    {
        try
        {
            var row = _service.Retrieve("sdkmessageprocessingstep", stepId, new ColumnSet("configuration"));
            return row.GetAttributeValue<string>("configuration");
        }
        catch (System.ServiceModel.FaultException<OrganizationServiceFault>)
        {
            return null;
        }
    }

    /// <summary>
    /// One page of active accounts without a stage, in accountid order. The paging cookie is what keeps this right while
    /// the pages before it are being initialized: Dataverse (and LocalOrg) start the next page after the cookie's last
    /// row, not at an offset, so accounts that left the "no stage" filter do not shift the rows still to come. (A
    /// condition "accountid greater than" would do the same, but FetchXML documents gt for numbers, dates and strings
    /// only, not unique identifiers.)
    /// </summary>
    public AccountPage AccountsWithoutStage(int pageNumber, string? pagingCookie, int pageSize)
    {
        var query = AccountsWithoutStageQuery.Query(Account.Columns.Name, Account.Columns.CreatedOn);
        query.PageInfo = new PagingInfo { Count = pageSize, PageNumber = pageNumber, PagingCookie = pagingCookie };
        var result = _service.RetrieveMultiple(query);
        return new AccountPage(result.Entities.ToList(), result.MoreRecords, result.PagingCookie);
    }

    /// <summary>The contacts whose parent customer is one of the accounts: contact id → account id.</summary>
    public Dictionary<Guid, Guid> Contacts(IReadOnlyCollection<Guid> accounts)
    {
        var query = new QueryExpression(Contact.LogicalName) { ColumnSet = new ColumnSet(Contact.Columns.ParentCustomerId) };
        query.Criteria.AddCondition(In(Contact.Columns.ParentCustomerId, accounts));
        query.AddOrder(Contact.Columns.ContactId, OrderType.Ascending);
        return All(query).ToDictionary(c => c.Id, c => c.GetAttributeValue<EntityReference>(Contact.Columns.ParentCustomerId)!.Id);
    }

    /// <summary>The opportunities of the accounts (as customer or parent account), with what the initialization reads.</summary>
    public IReadOnlyList<Entity> Opportunities(IReadOnlyCollection<Guid> accounts)
    {
        var query = new QueryExpression(Opportunity.LogicalName)
        {
            ColumnSet = new ColumnSet(
                Opportunity.Columns.Name, Opportunity.Columns.CustomerId, Opportunity.Columns.ParentAccountId, Opportunity.Columns.StateCode,
                Opportunity.Columns.StatusCode, Opportunity.Columns.ActualCloseDate, Opportunity.Columns.ActualValue, Opportunity.Columns.EstimatedValue,
                Opportunity.Columns.ServiceLineId, "ownerid"),
        };
        var either = new FilterExpression(LogicalOperator.Or);
        either.AddCondition(In(Opportunity.Columns.CustomerId, accounts));
        either.AddCondition(In(Opportunity.Columns.ParentAccountId, accounts));
        query.Criteria.AddFilter(either);
        query.AddOrder(Opportunity.Columns.OpportunityId, OrderType.Ascending);
        return All(query);
    }

    /// <summary>The leads of the accounts (parent account or customer): lead id → account id.</summary>
    public Dictionary<Guid, Guid> Leads(IReadOnlyCollection<Guid> accounts)
    {
        var query = new QueryExpression(Lead.LogicalName) { ColumnSet = new ColumnSet(Lead.Columns.ParentAccountId, Lead.Columns.CustomerId) };
        var either = new FilterExpression(LogicalOperator.Or);
        either.AddCondition(In(Lead.Columns.ParentAccountId, accounts));
        either.AddCondition(In(Lead.Columns.CustomerId, accounts));
        query.Criteria.AddFilter(either);
        query.AddOrder(Lead.Columns.LeadId, OrderType.Ascending);
        var set = new HashSet<Guid>(accounts);
        var leads = new Dictionary<Guid, Guid>();
        foreach (var row in All(query))
        {
            var account = RecordRefMapper.AccountIn(row.GetAttributeValue<EntityReference>(Lead.Columns.ParentAccountId))
                ?? RecordRefMapper.AccountIn(row.GetAttributeValue<EntityReference>(Lead.Columns.CustomerId));
            if (account is { } id && set.Contains(id))
            {
                leads[row.Id] = id;
            }
        }

        return leads;
    }

    /// <summary>The engagements of the accounts.</summary>
    public IReadOnlyList<Entity> Engagements(IReadOnlyCollection<Guid> accounts)
    {
        var query = new QueryExpression(Engagement.LogicalName)
        {
            ColumnSet = new ColumnSet(
                Engagement.Columns.AccountId, Engagement.Columns.ServiceLineId, Engagement.Columns.Status, Engagement.Columns.StartedOn,
                Engagement.Columns.EndedOn, Engagement.Columns.Value, Engagement.Columns.OpportunityId, Engagement.Columns.Name),
        };
        query.Criteria.AddCondition(In(Engagement.Columns.AccountId, accounts));
        query.AddOrder(Engagement.Columns.EngagementId, OrderType.Ascending);
        return All(query);
    }

    /// <summary>
    /// Leads and opportunities that name one of the accounts, or one of their contacts, as referrer — the referrals
    /// these accounts made — with the columns a referral row takes.
    /// </summary>
    public IReadOnlyList<Entity> ReferredRecords(string table, IReadOnlyCollection<Guid> accounts)
    {
        var isLead = table == Lead.LogicalName;
        var query = new QueryExpression(table)
        {
            ColumnSet = isLead
                ? new ColumnSet(Lead.Columns.ReferredByAccountId, Lead.Columns.ReferredByContactId, Lead.Columns.ReferralChannel, Lead.Columns.FullName, Lead.Columns.Subject, Account.Columns.CreatedOn)
                : new ColumnSet(Opportunity.Columns.ReferredByAccountId, Opportunity.Columns.ReferredByContactId, Opportunity.Columns.ReferralChannel, Opportunity.Columns.Name, Opportunity.Columns.StateCode, Opportunity.Columns.ActualValue, Account.Columns.CreatedOn),
        };
        var either = new FilterExpression(LogicalOperator.Or);
        either.AddCondition(In(Lead.Columns.ReferredByAccountId, accounts));
        query.Criteria.AddFilter(either);
        query.AddOrder(isLead ? Lead.Columns.LeadId : Opportunity.Columns.OpportunityId, OrderType.Ascending);

        // Referrer contacts of the page: a second query (an Or across a link-entity's columns is not a QueryExpression shape).
        var byContact = new QueryExpression(table) { ColumnSet = query.ColumnSet };
        byContact.Criteria.AddCondition(Lead.Columns.ReferredByContactId, ConditionOperator.NotNull);
        var contact = byContact.AddLink(Contact.LogicalName, Lead.Columns.ReferredByContactId, Contact.Columns.ContactId, JoinOperator.Inner);
        contact.EntityAlias = ContactAlias;
        contact.Columns = new ColumnSet(Contact.Columns.ParentCustomerId);
        contact.LinkCriteria.AddCondition(In(Contact.Columns.ParentCustomerId, accounts));
        byContact.AddOrder(isLead ? Lead.Columns.LeadId : Opportunity.Columns.OpportunityId, OrderType.Ascending);

        var rows = All(query).ToList();
        var seen = new HashSet<Guid>(rows.Select(r => r.Id));
        rows.AddRange(All(byContact).Where(r => seen.Add(r.Id)));
        return rows;
    }

    /// <summary>The referrals already logged with one of the accounts as referrer.</summary>
    public IReadOnlyList<StoredReferral> ReferralsMade(IReadOnlyCollection<Guid> accounts)
    {
        var query = new QueryExpression(Referral.LogicalName) { ColumnSet = new ColumnSet(ReferralMapper.Columns()) };
        query.Criteria.AddCondition(In(Referral.Columns.ReferrerAccountId, accounts));
        query.AddOrder(Referral.Columns.ReferralId, OrderType.Ascending);
        return All(query).Select(ReferralMapper.FromRow).ToList();
    }

    /// <summary>The import keys among <paramref name="keys"/> that cjp_stagetransition rows already hold.</summary>
    public ISet<string> TakenTransitionKeys(IReadOnlyCollection<string> keys)
    {
        if (keys.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var query = new QueryExpression(StageTransition.LogicalName) { ColumnSet = new ColumnSet(StageTransition.Columns.ImportKey) };
        query.Criteria.AddCondition(new ConditionExpression(StageTransition.Columns.ImportKey, ConditionOperator.In, keys.Cast<object>().ToArray()));
        query.AddOrder(StageTransition.Columns.StageTransitionId, OrderType.Ascending);
        return new HashSet<string>(All(query).Select(r => r.GetAttributeValue<string>(StageTransition.Columns.ImportKey)!), StringComparer.Ordinal);
    }

    /// <summary>
    /// The completed activities (of the five touchpoint types) regarding the accounts or their contacts, opportunities,
    /// leads or engagements: five reads (one per kind of regarding row, reached by a link on regardingobjectid), each
    /// row carrying what it is regarding; an activity appears once per read that reaches it.
    /// </summary>
    public IReadOnlyList<Entity> ActivitiesRegarding(IReadOnlyCollection<Guid> accounts)
    {
        var rows = new List<Entity>();
        var direct = PointerQuery();
        direct.Criteria.AddCondition(In(Task.Columns.RegardingObjectId, accounts));
        rows.AddRange(All(direct));
        rows.AddRange(All(RegardingThrough(Contact.LogicalName, Contact.Columns.ContactId, ContactAlias, Contact.Columns.ParentCustomerId, accounts)));
        rows.AddRange(All(RegardingThrough(Opportunity.LogicalName, Opportunity.Columns.OpportunityId, OpportunityAlias, Opportunity.Columns.ParentAccountId, accounts, Opportunity.Columns.CustomerId)));
        rows.AddRange(All(RegardingThrough(Lead.LogicalName, Lead.Columns.LeadId, LeadAlias, Lead.Columns.ParentAccountId, accounts, Lead.Columns.CustomerId)));
        rows.AddRange(All(RegardingThrough(Engagement.LogicalName, Engagement.Columns.EngagementId, EngagementAlias, Engagement.Columns.AccountId, accounts)));
        return rows;
    }

    /// <summary>
    /// The party rows, in a role that counts (<see cref="TouchpointDefinition.CountsParty"/>), of completed activities
    /// that name one of the accounts or one of their contacts: two reads, each row carrying its activity's columns
    /// (alias <see cref="PointerAlias"/>).
    /// </summary>
    public IReadOnlyList<Entity> PartiesOfAccounts(IReadOnlyCollection<Guid> accounts)
    {
        var direct = PartyQuery();
        direct.Criteria.AddCondition(In(PartyTable.Columns.PartyId, accounts));
        var viaContact = PartyQuery();
        var contact = viaContact.AddLink(Contact.LogicalName, PartyTable.Columns.PartyId, Contact.Columns.ContactId, JoinOperator.Inner);
        contact.EntityAlias = ContactAlias;
        contact.Columns = new ColumnSet(Contact.Columns.ParentCustomerId);
        contact.LinkCriteria.AddCondition(In(Contact.Columns.ParentCustomerId, accounts));
        var rows = All(direct).ToList();
        rows.AddRange(All(viaContact));
        return rows;
    }

    private static QueryExpression PointerQuery()
    {
        var query = new QueryExpression("activitypointer")
        {
            ColumnSet = new ColumnSet(Task.Columns.ActivityId, "activitytypecode", Task.Columns.ActualEnd, "modifiedon", Task.Columns.RegardingObjectId),
        };
        query.Criteria.AddCondition(Task.Columns.StateCode, ConditionOperator.Equal, ActivityStateCodes.Completed);
        query.Criteria.AddCondition(new ConditionExpression("activitytypecode", ConditionOperator.In, ActivityTypes()));
        query.AddOrder(Task.Columns.ActivityId, OrderType.Ascending);
        return query;
    }

    private static QueryExpression RegardingThrough(string table, string idColumn, string alias, string accountColumn, IReadOnlyCollection<Guid> accounts, string? orColumn = null)
    {
        var query = PointerQuery();
        var link = query.AddLink(table, Task.Columns.RegardingObjectId, idColumn, JoinOperator.Inner);
        link.EntityAlias = alias;
        link.Columns = orColumn == null ? new ColumnSet(accountColumn) : new ColumnSet(accountColumn, orColumn);
        if (orColumn == null)
        {
            link.LinkCriteria.AddCondition(In(accountColumn, accounts));
        }
        else
        {
            var either = new FilterExpression(LogicalOperator.Or);
            either.AddCondition(In(accountColumn, accounts));
            either.AddCondition(In(orColumn, accounts));
            link.LinkCriteria.AddFilter(either);
        }

        return query;
    }

    private static QueryExpression PartyQuery()
    {
        var query = new QueryExpression(PartyTable.LogicalName) { ColumnSet = new ColumnSet(PartyTable.Columns.ActivityId, PartyTable.Columns.PartyId, PartyTable.Columns.ParticipationTypeMask) };
        query.Criteria.AddCondition(new ConditionExpression(PartyTable.Columns.ParticipationTypeMask, ConditionOperator.In, CountedRoles()));
        var activity = query.AddLink("activitypointer", PartyTable.Columns.ActivityId, Task.Columns.ActivityId, JoinOperator.Inner);
        activity.EntityAlias = PointerAlias;
        activity.Columns = new ColumnSet("activitytypecode", Task.Columns.ActualEnd, "modifiedon", Task.Columns.RegardingObjectId);
        activity.LinkCriteria.AddCondition(Task.Columns.StateCode, ConditionOperator.Equal, ActivityStateCodes.Completed);
        activity.LinkCriteria.AddCondition(new ConditionExpression("activitytypecode", ConditionOperator.In, ActivityTypes()));
        query.AddOrder(PartyTable.Columns.ActivityPartyId, OrderType.Ascending);
        return query;
    }

    // Built per call: plugin types hold no static mutable state.
    private static object[] CountedRoles() => Enum.GetValues(typeof(ParticipationType)).Cast<ParticipationType>()
        .Where(TouchpointDefinition.CountsParty).Select(role => (object)(int)role).ToArray();

    private static ConditionExpression In(string column, IEnumerable<Guid> ids) =>
        new(column, ConditionOperator.In, ids.Distinct().Select(id => (object)id).ToArray());

    private List<Entity> All(QueryExpression query) => QueryPages.All(_service, query);
}
