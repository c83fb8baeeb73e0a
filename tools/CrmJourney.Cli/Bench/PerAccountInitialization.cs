using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Initialization;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Referrals;
using CrmJourney.Domain.Touchpoints;
using CrmJourney.LocalOrg.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using AccountTable = CrmJourney.Plugins.Schema.Account;
using ActivityPartyTable = CrmJourney.Plugins.Schema.ActivityParty;
using Choices = CrmJourney.Plugins.Schema.Choices;
using ContactTable = CrmJourney.Plugins.Schema.Contact;
using EngagementTable = CrmJourney.Plugins.Schema.Engagement;
using LeadTable = CrmJourney.Plugins.Schema.Lead;
using OpportunityTable = CrmJourney.Plugins.Schema.Opportunity;
using ServiceLineTable = CrmJourney.Plugins.Schema.ServiceLine;
using StageTransitionTable = CrmJourney.Plugins.Schema.StageTransition;

namespace CrmJourney.Cli.Bench;

/// <summary>
/// What a user builds instead of the initialization: a flow (or a console job) that lists the active accounts
/// without a stage and, for each one, queries its contacts, its opportunities, the completed activities regarding
/// the account, a contact or an opportunity of it, and the activity parties naming the account or a contact in a
/// contact role (the touchpoint definition's roles, <see cref="TouchpointDefinition.CountsParty"/>), derives its
/// entry with the product's own <see cref="JourneyInitializer"/> and writes it one request at a time: a Create per
/// engagement, an Update of the account, a Create of its Imported transition. Its writes go through the
/// organization, so the product's steps run on them as in Dataverse (an engagement's Create recomputes the account).
/// It reads the referred leads as one list up front (fewer requests than asking per account), and writes no
/// referral rows — it is the floor of what such a job costs.
/// </summary>
public sealed class PerAccountInitialization
{
    private const int PageSize = 5_000;
    private const int CompletedState = 1;
    private const int WonState = 1;
    private const int LostState = 2;
    private const int ActiveState = 0;
    private const string PointerAlias = "pointer";

    private static readonly object[] _partyRoles = Enum.GetValues<ParticipationType>().Where(TouchpointDefinition.CountsParty).Select(r => (object)(int)r).ToArray();

    private readonly IOrganizationService _service;
    private readonly InitializationPolicy _policy;
    private readonly DateTime _asOf;
    private int _pages;
    private int _queries;
    private int _engagements;
    private int _updates;
    private int _transitions;
    private int _skipped;

    /// <summary>An initialization over <paramref name="service"/> under <paramref name="policy"/>, as of <paramref name="asOf"/>.</summary>
    public PerAccountInitialization(IOrganizationService service, InitializationPolicy policy, DateTime asOf)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _asOf = asOf;
    }

    /// <summary>Runs once over every active account without a stage and returns the requests it sent, by kind.</summary>
    public InitBaselineCounts Run()
    {
        var referrals = ReadAll(ReferredLeadsQuery())
            .Select(ToReferral)
            .GroupBy(r => r.ReferrerAccountId!.Value)
            .ToDictionary(g => g.Key, g => g.ToList());

        // The whole list first, then one account after another: the writes give accounts a stage, which would
        // move a "without a stage" filter under a paged read.
        var accounts = ReadAll(AccountsWithoutStageQuery()).ToList();
        foreach (var account in accounts)
        {
            Initialize(account, referrals.GetValueOrDefault(account.Id) ?? new List<Referral>());
        }

        return new InitBaselineCounts(_pages, _queries, _engagements, _updates, _transitions, _skipped);
    }

    private void Initialize(Entity account, List<Referral> referrals)
    {
        var contacts = Query(ContactsQuery(account.Id)).Select(c => c.Id).ToList();
        var opportunities = Query(OpportunitiesQuery(account.Id));
        var regarding = new List<object>(1 + contacts.Count + opportunities.Count) { account.Id };
        regarding.AddRange(contacts.Cast<object>());
        regarding.AddRange(opportunities.Select(o => (object)o.Id));
        var people = new List<object>(1 + contacts.Count) { account.Id };
        people.AddRange(contacts.Cast<object>());

        // One touchpoint per completed activity, however many of its rows or people name the account.
        var completed = new Dictionary<Guid, Touchpoint>();
        foreach (var activity in Query(RegardingQuery(regarding)))
        {
            AddTouchpoint(completed, account.Id, activity.Id, activity.GetAttributeValue<string>(ActivityColumns.ActivityTypeCode), activity.GetAttributeValue<DateTime?>(ActivityColumns.ActualEnd));
        }

        foreach (var party in Query(PartiesQuery(people)))
        {
            var activityId = party.GetAttributeValue<EntityReference>(ActivityPartyTable.Columns.ActivityId)!.Id;
            AddTouchpoint(completed, account.Id, activityId, Linked<string>(party, ActivityColumns.ActivityTypeCode), Linked<DateTime?>(party, ActivityColumns.ActualEnd));
        }

        var history = new AccountHistory(
            account.Id,
            account.GetAttributeValue<DateTime?>(AccountTable.Columns.CreatedOn) ?? _asOf,
            completed.Values.ToList(),
            Array.Empty<Engagement>(),
            opportunities.Where(o => State(o) == WonState && o.Contains(OpportunityTable.Columns.ActualCloseDate)).Select(ToWonDeal).ToList(),
            opportunities.Where(o => State(o) == LostState && o.Contains(OpportunityTable.Columns.ActualCloseDate))
                .Select(o => new LostDeal(o.GetAttributeValue<DateTime>(OpportunityTable.Columns.ActualCloseDate), o.GetAttributeValue<OptionSetValue>(OpportunityTable.Columns.StatusCode)?.Value))
                .ToList(),
            referrals);
        var journey = JourneyInitializer.Derive(history, _policy, _asOf);
        if (journey.IsSkipped)
        {
            _skipped++;
            return;
        }

        foreach (var engagement in journey.NewEngagements)
        {
            _service.Create(ToEngagementRow(account, engagement));
            _engagements++;
        }

        _service.Update(ToAccountUpdate(account.Id, journey));
        _updates++;
        _service.Create(ToTransitionRow(account.Id, journey));
        _transitions++;
    }

    private static void AddTouchpoint(Dictionary<Guid, Touchpoint> touchpoints, Guid accountId, Guid activityId, string? table, DateTime? completedOn)
    {
        if (completedOn is { } on && table is not null && !touchpoints.ContainsKey(activityId))
        {
            touchpoints[activityId] = new Touchpoint(accountId, on, BenchActivityPlan.ChannelOf(table));
        }
    }

    private static T? Linked<T>(Entity row, string column) =>
        row.GetAttributeValue<AliasedValue>(PointerAlias + "." + column)?.Value is T value ? value : default;

    private static int? State(Entity row) => row.GetAttributeValue<OptionSetValue>(OpportunityTable.Columns.StateCode)?.Value;

    private static WonDeal ToWonDeal(Entity opportunity) =>
        new(
            opportunity.Id,
            opportunity.GetAttributeValue<string>(OpportunityTable.Columns.Name) ?? string.Empty,
            opportunity.GetAttributeValue<DateTime>(OpportunityTable.Columns.ActualCloseDate),
            (opportunity.GetAttributeValue<Money>(OpportunityTable.Columns.ActualValue) ?? opportunity.GetAttributeValue<Money>(OpportunityTable.Columns.EstimatedValue))?.Value ?? 0m,
            opportunity.GetAttributeValue<EntityReference>(OpportunityTable.Columns.ServiceLineId)?.Id);

    private static Referral ToReferral(Entity lead)
    {
        var state = lead.GetAttributeValue<OptionSetValue>(LeadTable.Columns.StateCode)?.Value;
        var status = state == 1 ? ReferralStatus.Won : state == 2 ? ReferralStatus.Lost : ReferralStatus.Open;
        return new Referral(
            lead.GetAttributeValue<EntityReference>(LeadTable.Columns.ReferredByAccountId)!.Id,
            null,
            ReferredKind.Lead,
            lead.Id,
            lead.GetAttributeValue<DateTime>(SystemColumns.CreatedOn),
            status: status);
    }

    private static Entity ToEngagementRow(Entity account, NewEngagement engagement)
    {
        var row = new Entity(EngagementTable.LogicalName)
        {
            [EngagementTable.Columns.Name] = engagement.Deal.Name,
            [EngagementTable.Columns.AccountId] = new EntityReference(AccountTable.LogicalName, account.Id),
            [EngagementTable.Columns.OpportunityId] = new EntityReference(OpportunityTable.LogicalName, engagement.Deal.OpportunityId),
            [EngagementTable.Columns.ServiceLineId] = new EntityReference(ServiceLineTable.LogicalName, engagement.ServiceLineId),
            [EngagementTable.Columns.Status] = Choices.ToOptionSetValue(engagement.Status),
            [EngagementTable.Columns.StartedOn] = engagement.StartedOn,
            [EngagementTable.Columns.Value] = new Money(engagement.Deal.Value),
        };
        if (engagement.EndedOn is { } ended)
        {
            row[EngagementTable.Columns.EndedOn] = ended;
        }

        if (account.GetAttributeValue<EntityReference>(AccountTable.Columns.OwnerId) is { } owner)
        {
            row[EngagementTable.Columns.OwnerId] = owner;
        }

        return row;
    }

    // The stage with the engagement counters it is derived from: the stage guard's sign of a product write.
    private static Entity ToAccountUpdate(Guid accountId, InitialJourney journey) =>
        new(AccountTable.LogicalName, accountId)
        {
            [AccountTable.Columns.JourneyStage] = Choices.ToOptionSetValue(journey.Stage),
            [AccountTable.Columns.StageEnteredOn] = journey.StageEnteredOn,
            [AccountTable.Columns.ActiveEngagementCount] = journey.Engagements.ActiveCount,
            [AccountTable.Columns.CompletedEngagementCount] = journey.Engagements.CompletedCount,
            [AccountTable.Columns.ServiceLineCount] = journey.Engagements.ServiceLineCount,
            [AccountTable.Columns.FirstEngagementOn] = journey.Engagements.FirstEngagementOn,
            [AccountTable.Columns.LastEngagementEndedOn] = journey.Engagements.LastEngagementEndedOn,
            [AccountTable.Columns.TouchpointCount] = journey.TouchpointCount,
            [AccountTable.Columns.LastTouchpointOn] = journey.LastTouchpoint?.OccurredOn,
            [AccountTable.Columns.LastTouchpointChannel] = journey.LastTouchpoint is { } last ? Choices.ToOptionSetValue(last.Channel) : null,
            [AccountTable.Columns.ProspectOutcome] = journey.Stage == JourneyStage.Prospect ? Choices.ToOptionSetValue(journey.ProspectOutcome) : null,
            [AccountTable.Columns.RevisitOn] = journey.RevisitOn,
            [AccountTable.Columns.ReferralCount] = journey.Referrals.ReferralCount,
            [AccountTable.Columns.ReferralWonCount] = journey.Referrals.WonCount,
            [AccountTable.Columns.LastReferralOn] = journey.Referrals.LastReferralOn,
        };

    private static Entity ToTransitionRow(Guid accountId, InitialJourney journey) =>
        new(StageTransitionTable.LogicalName)
        {
            [StageTransitionTable.Columns.Name] = "Imported",
            [StageTransitionTable.Columns.AccountId] = new EntityReference(AccountTable.LogicalName, accountId),
            [StageTransitionTable.Columns.ToStage] = Choices.ToOptionSetValue(journey.Stage),
            [StageTransitionTable.Columns.TransitionedOn] = journey.StageEnteredOn,
            [StageTransitionTable.Columns.Trigger] = Choices.ToOptionSetValue(TransitionTrigger.Imported),
            [StageTransitionTable.Columns.DaysInPreviousStage] = 0,
        };

    private static QueryExpression AccountsWithoutStageQuery()
    {
        var query = new QueryExpression(AccountTable.LogicalName) { ColumnSet = new ColumnSet(AccountTable.Columns.CreatedOn, AccountTable.Columns.OwnerId) };
        query.Criteria.AddCondition(AccountTable.Columns.StateCode, ConditionOperator.Equal, ActiveState);
        query.Criteria.AddCondition(AccountTable.Columns.JourneyStage, ConditionOperator.Null);
        query.AddOrder(AccountTable.Columns.AccountId, OrderType.Ascending);
        return query;
    }

    private static QueryExpression ReferredLeadsQuery()
    {
        var query = new QueryExpression(LeadTable.LogicalName) { ColumnSet = new ColumnSet(LeadTable.Columns.ReferredByAccountId, LeadTable.Columns.StateCode, SystemColumns.CreatedOn) };
        query.Criteria.AddCondition(LeadTable.Columns.ReferredByAccountId, ConditionOperator.NotNull);
        query.AddOrder(LeadTable.Columns.LeadId, OrderType.Ascending);
        return query;
    }

    private static QueryExpression ContactsQuery(Guid accountId)
    {
        var query = new QueryExpression(ContactTable.LogicalName) { ColumnSet = new ColumnSet(ContactTable.Columns.ContactId) };
        query.Criteria.AddCondition(ContactTable.Columns.ParentCustomerId, ConditionOperator.Equal, accountId);
        return query;
    }

    private static QueryExpression OpportunitiesQuery(Guid accountId)
    {
        var query = new QueryExpression(OpportunityTable.LogicalName)
        {
            ColumnSet = new ColumnSet(
                OpportunityTable.Columns.Name, OpportunityTable.Columns.StateCode, OpportunityTable.Columns.StatusCode, OpportunityTable.Columns.ActualCloseDate,
                OpportunityTable.Columns.ActualValue, OpportunityTable.Columns.EstimatedValue, OpportunityTable.Columns.ServiceLineId),
        };
        query.Criteria.AddCondition(OpportunityTable.Columns.ParentAccountId, ConditionOperator.Equal, accountId);
        return query;
    }

    private static QueryExpression RegardingQuery(List<object> rows)
    {
        var query = new QueryExpression(ActivityColumns.PointerTable) { ColumnSet = new ColumnSet(ActivityColumns.ActivityTypeCode, ActivityColumns.ActualEnd) };
        query.Criteria.AddCondition(ActivityColumns.RegardingObjectId, ConditionOperator.In, rows.ToArray());
        query.Criteria.AddCondition(ActivityColumns.StateCode, ConditionOperator.Equal, CompletedState);
        return query;
    }

    private static QueryExpression PartiesQuery(List<object> people)
    {
        var query = new QueryExpression(ActivityPartyTable.LogicalName) { ColumnSet = new ColumnSet(ActivityPartyTable.Columns.ActivityId) };
        query.Criteria.AddCondition(ActivityPartyTable.Columns.PartyId, ConditionOperator.In, people.ToArray());

        // In a filter of its own, as a flow's OData $filter would nest it; LocalOrg then picks the partyid index
        // (a handful of rows) rather than unioning every row of eight roles for each account.
        query.Criteria.AddFilter(LogicalOperator.And).AddCondition(ActivityPartyTable.Columns.ParticipationTypeMask, ConditionOperator.In, _partyRoles);
        var pointer = query.AddLink(ActivityColumns.PointerTable, ActivityPartyTable.Columns.ActivityId, ActivityColumns.PointerId);
        pointer.EntityAlias = PointerAlias;
        pointer.Columns = new ColumnSet(ActivityColumns.ActivityTypeCode, ActivityColumns.ActualEnd);
        pointer.LinkCriteria.AddCondition(ActivityColumns.StateCode, ConditionOperator.Equal, CompletedState);
        return query;
    }

    private IReadOnlyList<Entity> Query(QueryExpression query)
    {
        _queries++;
        return _service.RetrieveMultiple(query).Entities;
    }

    private IEnumerable<Entity> ReadAll(QueryExpression query)
    {
        query.PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 };
        while (true)
        {
            var page = _service.RetrieveMultiple(query);
            _pages++;
            foreach (var row in page.Entities)
            {
                yield return row;
            }

            if (!page.MoreRecords)
            {
                yield break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
