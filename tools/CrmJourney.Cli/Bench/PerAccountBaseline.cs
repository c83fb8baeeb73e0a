using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Metrics;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;
using CrmJourney.Domain.Time;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Sweep;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using AccountTable = CrmJourney.Plugins.Schema.Account;
using Choices = CrmJourney.Plugins.Schema.Choices;
using EngagementTable = CrmJourney.Plugins.Schema.Engagement;
using ServiceLineTable = CrmJourney.Plugins.Schema.ServiceLine;
using TaskTable = CrmJourney.Plugins.Schema.Task;

namespace CrmJourney.Cli.Bench;

/// <summary>
/// What a user builds instead of the product: a scheduled Power Automate flow that lists the accounts
/// (5,000 a page) and, for each one, queries its activities (one activitypointer query regarding the
/// account: the completed ones give the last contact, the open tasks stop a duplicate) and creates one
/// task per rule that fires. It evaluates with the product's own domain evaluators and dormancy policy,
/// so only the request pattern differs. It reads the catalogue and the bought (active or completed) engagements as lists
/// up front (fewer requests than a flow asking per account), and writes neither the stage moves, the
/// nurture logs nor the digests — it is the floor of what such a flow costs.
/// </summary>
public sealed class PerAccountBaseline
{
    private const int PageSize = 5_000;
    private const int CompletedState = 1;
    private const int OpenState = 0;

    private readonly IOrganizationService _service;
    private readonly IReadOnlyList<NurtureRule> _rules;
    private readonly DateTime _asOf;
    private readonly DormancyPolicy _dormancy;
    private int _pages;
    private int _activityQueries;
    private int _tasks;

    /// <summary>A baseline over <paramref name="service"/> evaluating the account rules of <paramref name="rules"/> as of <paramref name="asOf"/>.</summary>
    public PerAccountBaseline(IOrganizationService service, NurtureRuleSet rules, DateTime asOf, DormancyPolicy? dormancy = null)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules.Rules.Where(r => r.Active && NurtureRuleEvaluator.SweepTypes.Contains(r.Type)).ToList();
        _asOf = asOf;
        _dormancy = dormancy ?? new DormancyPolicy();
    }

    /// <summary>Runs once over every active account and returns the requests it made, by kind.</summary>
    public BaselineCounts Run()
    {
        var catalogue = ReadAll(CatalogueQuery()).Select(ToServiceLine).OfType<ServiceLine>().ToDictionary(s => s.Id);
        var boughtEngagements = ReadAll(BoughtEngagementsQuery()).ToList();
        var completedStatus = Choices.ToOptionSetValue(EngagementStatus.Completed).Value;
        var engagements = boughtEngagements
            .Where(e => e.GetAttributeValue<OptionSetValue>(EngagementTable.Columns.Status)?.Value == completedStatus)
            .GroupBy(e => e.GetAttributeValue<EntityReference>(EngagementTable.Columns.AccountId)!.Id)
            .ToDictionary(g => g.Key, g => g.ToList());
        var engagementFacts = new PageFacts(boughtEngagements, catalogue, new Dictionary<Guid, string?>(), _asOf);
        var context = new EvaluationContext(new FixedClock(_asOf), catalogue.Values, Array.Empty<PriorFiring>());
        var accounts = AccountQuery();
        while (true)
        {
            var page = _service.RetrieveMultiple(accounts);
            _pages++;
            foreach (var account in page.Entities)
            {
                EvaluateAndCreate(account, engagements.GetValueOrDefault(account.Id), engagementFacts, context);
            }

            if (!page.MoreRecords)
            {
                return new BaselineCounts(_pages, _activityQueries, _tasks);
            }

            accounts.PageInfo.PageNumber++;
            accounts.PageInfo.PagingCookie = page.PagingCookie;
        }
    }

    private void EvaluateAndCreate(Entity account, List<Entity>? engagements, PageFacts engagementFacts, EvaluationContext context)
    {
        var activities = Activities(account.Id);
        var completed = activities.Where(a => a.GetAttributeValue<OptionSetValue>(ActivityColumns.StateCode)?.Value == CompletedState && a.GetAttributeValue<DateTime?>(ActivityColumns.ActualEnd) is not null).ToList();
        var last = completed.OrderByDescending(a => a.GetAttributeValue<DateTime>(ActivityColumns.ActualEnd)).FirstOrDefault();
        var lastContact = last?.GetAttributeValue<DateTime>(ActivityColumns.ActualEnd);
        var openSubjects = new HashSet<string>(
            activities.Where(a => a.GetAttributeValue<string>(ActivityColumns.ActivityTypeCode) == TaskTable.LogicalName && a.GetAttributeValue<OptionSetValue>(ActivityColumns.StateCode)?.Value == OpenState)
                .Select(a => a.GetAttributeValue<string>(ActivityColumns.Subject) ?? string.Empty),
            StringComparer.Ordinal);

        var candidate = ToCandidate(account, engagements ?? new List<Entity>(), engagementFacts, lastContact, last?.GetAttributeValue<string>(ActivityColumns.ActivityTypeCode));
        foreach (var rule in _rules)
        {
            var outcome = NurtureRuleEvaluator.Evaluate(rule, candidate, context);
            if (outcome.Kind != RuleOutcomeKind.Fired || outcome.Action is not { } action || openSubjects.Contains(action.Subject))
            {
                continue;
            }

            _service.Create(NurtureActionMapper.ToTask(action));
            _tasks++;
        }
    }

    /// <summary>The one per-account query: every activity regarding the account, of any type.</summary>
    private IReadOnlyList<Entity> Activities(Guid accountId)
    {
        var query = new QueryExpression(ActivityColumns.PointerTable)
        {
            ColumnSet = new ColumnSet(ActivityColumns.ActivityTypeCode, ActivityColumns.StateCode, ActivityColumns.ActualEnd, ActivityColumns.Subject),
        };
        query.Criteria.AddCondition(ActivityColumns.RegardingObjectId, ConditionOperator.Equal, accountId);
        _activityQueries++;
        return _service.RetrieveMultiple(query).Entities;
    }

    private NurtureCandidate ToCandidate(Entity account, List<Entity> engagements, PageFacts engagementFacts, DateTime? lastContact, string? lastType)
    {
        var stage = Choices.ToEnum<JourneyStage>(account.GetAttributeValue<OptionSetValue>(AccountTable.Columns.JourneyStage)) ?? JourneyStage.Prospect;
        var sentiment = Choices.ToEnum<FormerSentiment>(account.GetAttributeValue<OptionSetValue>(AccountTable.Columns.FormerSentiment)) ?? FormerSentiment.Unknown;
        var outcome = Choices.ToEnum<ProspectOutcome>(account.GetAttributeValue<OptionSetValue>(AccountTable.Columns.ProspectOutcome)) ?? ProspectOutcome.Open;
        var lastEnded = account.GetAttributeValue<DateTime?>(AccountTable.Columns.LastEngagementEndedOn);
        var state = new JourneyState(account.Id, stage, account.GetAttributeValue<DateTime?>(AccountTable.Columns.StageEnteredOn) ?? lastEnded ?? _asOf);
        var facts = new AccountJourneyFacts(
            activeEngagementCount: Math.Max(0, account.GetAttributeValue<int?>(AccountTable.Columns.ActiveEngagementCount) ?? 0),
            completedEngagementCount: engagements.Count,
            lastEngagementEndedOn: lastEnded,
            lastTouchpointOn: lastContact,
            formerSentiment: sentiment,
            prospectOutcome: outcome);
        state = _dormancy.Sweep(state, facts, new FixedClock(_asOf)).State;

        // The account's own columns map as the product maps them; what the flow found itself (the last
        // contact from its activity query, the completed engagements from its list) replaces the columns
        // the product's plugins keep.
        var lastPartner = engagementFacts.LastEngagementPartnerOf(account.Id);
        return NurtureCandidateMapper.ToCandidate(account, state.Stage, state.StageEnteredOn, userName: null) with
        {
            LastTouchpointOn = lastContact,
            LastTouchpointChannel = lastType is null ? null : BenchActivityPlan.ChannelOf(lastType),
            CompletedEngagementCount = engagements.Count,
            ServiceLinesUsed = engagementFacts.ServiceLinesOf(account.Id),
            LastEngagementPartner = lastPartner is Guid id ? PrincipalRef.User(id) : null,
        };
    }

    private static ServiceLine? ToServiceLine(Entity row)
    {
        var code = row.GetAttributeValue<string>(ServiceLineTable.Columns.Code);
        var name = row.GetAttributeValue<string>(ServiceLineTable.Columns.Name);
        return string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(name) ? null : new ServiceLine(row.Id, code, name);
    }

    private static QueryExpression CatalogueQuery()
    {
        var query = new QueryExpression(ServiceLineTable.LogicalName) { ColumnSet = new ColumnSet(ServiceLineTable.Columns.Name, ServiceLineTable.Columns.Code) };
        query.Criteria.AddCondition(ServiceLineTable.Columns.StateCode, ConditionOperator.Equal, 0);
        query.AddOrder(ServiceLineTable.Columns.ServiceLineId, OrderType.Ascending);
        return query;
    }

    /// <summary>The bought (active or completed) engagements: the lines bought, and among them the completed ones.</summary>
    private static QueryExpression BoughtEngagementsQuery()
    {
        var query = new QueryExpression(EngagementTable.LogicalName)
        {
            ColumnSet = new ColumnSet(
                EngagementTable.Columns.AccountId, EngagementTable.Columns.ServiceLineId, EngagementTable.Columns.EngagementPartnerId,
                EngagementTable.Columns.Status, EngagementTable.Columns.StartedOn, EngagementTable.Columns.EndedOn),
        };
        query.Criteria.AddCondition(EngagementTable.Columns.Status, ConditionOperator.In, ClientDefinitions.BoughtStatuses.Select(s => (object)Choices.ToOptionSetValue(s).Value).ToArray());
        query.Criteria.AddCondition(EngagementTable.Columns.AccountId, ConditionOperator.NotNull);
        query.AddOrder(EngagementTable.Columns.EngagementId, OrderType.Ascending);
        return query;
    }

    private static QueryExpression AccountQuery()
    {
        var query = new QueryExpression(AccountTable.LogicalName)
        {
            ColumnSet = new ColumnSet(
                AccountTable.Columns.Name, AccountTable.Columns.OwnerId, AccountTable.Columns.JourneyStage, AccountTable.Columns.StageEnteredOn,
                AccountTable.Columns.ProspectOutcome, AccountTable.Columns.RevisitOn, AccountTable.Columns.FormerSentiment, AccountTable.Columns.FormerReason,
                AccountTable.Columns.RelationshipPartnerId, AccountTable.Columns.Tier, AccountTable.Columns.FirstEngagementOn,
                AccountTable.Columns.LastEngagementEndedOn, AccountTable.Columns.ActiveEngagementCount),
            PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 },
        };
        query.Criteria.AddCondition(AccountTable.Columns.StateCode, ConditionOperator.Equal, 0);
        query.AddOrder(AccountTable.Columns.AccountId, OrderType.Ascending);
        return query;
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
