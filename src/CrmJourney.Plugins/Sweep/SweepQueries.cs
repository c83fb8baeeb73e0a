using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Metrics;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using AccountTable = CrmJourney.Plugins.Schema.Account;
using EngagementTable = CrmJourney.Plugins.Schema.Engagement;
using NurtureRuleTable = CrmJourney.Plugins.Schema.NurtureRule;
using ServiceLineTable = CrmJourney.Plugins.Schema.ServiceLine;
using TaskTable = CrmJourney.Plugins.Schema.Task;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// Every read the sweep makes, each one set-based: one query for the rules, one for the catalogue, the
/// bought engagements once per sweep when a Pigeonholed rule needs the service-line affinity (one
/// request per 5,000 engagements), and per page one for the accounts and one each for the page's logs,
/// open nurture tasks, bought engagements and users — filtered with In on the page's ids, never one query per account. Queries
/// name their columns (never all columns) and page through results larger than one page.
/// </summary>
internal sealed class SweepQueries
{
    /// <summary>
    /// The account columns the evaluators and the dormancy policy read. A new array per call: a shared
    /// static array could be mutated by one thread while another sweep reads it (Dataverse caches plugin types).
    /// </summary>
    private static string[] AccountColumns() => new[]
    {
        AccountTable.Columns.Name, AccountTable.Columns.OwnerId, AccountTable.Columns.JourneyStage, AccountTable.Columns.StageEnteredOn,
        AccountTable.Columns.ProspectOutcome, AccountTable.Columns.RevisitOn, AccountTable.Columns.FormerSentiment, AccountTable.Columns.FormerReason,
        AccountTable.Columns.RelationshipPartnerId, AccountTable.Columns.Tier, AccountTable.Columns.LastTouchpointOn, AccountTable.Columns.LastTouchpointChannel,
        AccountTable.Columns.FirstEngagementOn, AccountTable.Columns.LastEngagementEndedOn, AccountTable.Columns.ActiveEngagementCount,
        AccountTable.Columns.CompletedEngagementCount,
    };

    private readonly IOrganizationService _service;

    public SweepQueries(IOrganizationService service)
    {
        _service = service;
    }

    /// <summary>
    /// Active rules (statecode 0), or only <paramref name="ruleId"/> when given (still only if active unless
    /// <paramref name="evenIfInactive"/>: a preview of a rule not switched on yet), by name.
    /// </summary>
    public IReadOnlyList<Entity> ActiveRules(Guid? ruleId, bool evenIfInactive = false)
    {
        var query = new QueryExpression(NurtureRuleTable.LogicalName)
        {
            ColumnSet = new ColumnSet(
                NurtureRuleTable.Columns.Name, NurtureRuleTable.Columns.RuleType, NurtureRuleTable.Columns.Stages, NurtureRuleTable.Columns.Tiers,
                NurtureRuleTable.Columns.ThresholdDays, NurtureRuleTable.Columns.MinimumCompletedEngagements, NurtureRuleTable.Columns.CooldownDays,
                NurtureRuleTable.Columns.DueInDays, NurtureRuleTable.Columns.AssigneeType, NurtureRuleTable.Columns.AssigneeUserId,
                NurtureRuleTable.Columns.AssigneeTeamId, NurtureRuleTable.Columns.TaskSubject, NurtureRuleTable.Columns.TaskDescription,
                NurtureRuleTable.Columns.Priority, NurtureRuleTable.Columns.ConditionsJson, NurtureRuleTable.Columns.SendEmail),
        };
        if (!(evenIfInactive && ruleId is not null))
        {
            query.Criteria.AddCondition(new ConditionExpression(NurtureRuleTable.Columns.StateCode, ConditionOperator.Equal, SweepValues.ActiveOrOpenState));
        }

        if (ruleId is Guid id)
        {
            query.Criteria.AddCondition(new ConditionExpression(NurtureRuleTable.Columns.NurtureRuleId, ConditionOperator.Equal, id));
        }

        query.AddOrder(NurtureRuleTable.Columns.Name, OrderType.Ascending);
        query.AddOrder(NurtureRuleTable.Columns.NurtureRuleId, OrderType.Ascending);
        return All(query);
    }

    /// <summary>
    /// The organization URL for digest links: the cjp_OrgUrl environment variable's value, else its
    /// default, else null. One request (the definition with its value outer-joined); an organization
    /// without the tables (LocalOrg) or the definition gives null and the digests go without links.
    /// </summary>
    public string? OrganizationUrl()
    {
        var query = new QueryExpression(EnvironmentVariable.DefinitionLogicalName)
        {
            ColumnSet = new ColumnSet(EnvironmentVariable.Columns.DefaultValue),
            TopCount = 1,
        };
        query.Criteria.AddCondition(EnvironmentVariable.Columns.SchemaName, ConditionOperator.Equal, EnvironmentVariable.OrgUrlSchemaName);
        var value = query.AddLink(EnvironmentVariable.ValueLogicalName, EnvironmentVariable.Columns.DefinitionId, EnvironmentVariable.Columns.DefinitionId, JoinOperator.LeftOuter);
        value.EntityAlias = "v";
        value.Columns = new ColumnSet(EnvironmentVariable.Columns.Value);
        try
        {
            var row = _service.RetrieveMultiple(query).Entities.FirstOrDefault();
            var set = row?.GetAttributeValue<AliasedValue>("v." + EnvironmentVariable.Columns.Value)?.Value as string;
            var url = string.IsNullOrWhiteSpace(set) ? row?.GetAttributeValue<string>(EnvironmentVariable.Columns.DefaultValue) : set;
            return string.IsNullOrWhiteSpace(url) ? null : url!.Trim();
        }
        catch (System.ServiceModel.FaultException<OrganizationServiceFault>)
        {
            return null;
        }
    }

    /// <summary>Every service line, active or not: inactive ones still name what an account bought.</summary>
    public IReadOnlyList<Entity> ServiceLines()
    {
        var query = new QueryExpression(ServiceLineTable.LogicalName)
        {
            ColumnSet = new ColumnSet(ServiceLineTable.Columns.Name, ServiceLineTable.Columns.Code, ServiceLineTable.Columns.StateCode),
        };
        query.AddOrder(ServiceLineTable.Columns.Code, OrderType.Ascending);
        return All(query);
    }

    /// <summary>One page of active accounts in <paramref name="stages"/>, in accountid order (Dataverse's paging order).</summary>
    public AccountPage AccountPage(IReadOnlyCollection<JourneyStage> stages, int pageNumber, string? pagingCookie, int pageSize)
    {
        var query = AccountQuery();
        query.Criteria.AddCondition(new ConditionExpression(AccountTable.Columns.StateCode, ConditionOperator.Equal, SweepValues.ActiveOrOpenState));
        query.Criteria.AddCondition(new ConditionExpression(AccountTable.Columns.JourneyStage, ConditionOperator.In, stages.Select(s => (object)Choices.ToOptionSetValue(s).Value).ToArray()));
        query.PageInfo = new PagingInfo { Count = pageSize, PageNumber = pageNumber, PagingCookie = pagingCookie };
        var result = _service.RetrieveMultiple(query);
        return new AccountPage(result.Entities.ToList(), result.MoreRecords, result.PagingCookie);
    }

    /// <summary>The accounts with these ids (for a resumed sweep's digest), in accountid order.</summary>
    public IReadOnlyList<Entity> AccountsById(IReadOnlyCollection<Guid> accountIds) =>
        InChunks(accountIds, chunk =>
        {
            var query = AccountQuery();
            query.Criteria.AddCondition(In(AccountTable.Columns.AccountId, chunk));
            return query;
        });

    /// <summary>The logs of <paramref name="ruleIds"/> for <paramref name="accountIds"/> (prior firings, cooldowns, dedupe).</summary>
    public IReadOnlyList<Entity> Logs(IReadOnlyCollection<Guid> accountIds, IReadOnlyCollection<Guid> ruleIds)
    {
        if (accountIds.Count == 0 || ruleIds.Count == 0)
        {
            return Array.Empty<Entity>();
        }

        var query = LogQuery();
        query.Criteria.AddCondition(In(NurtureLog.Columns.AccountId, accountIds));
        query.Criteria.AddCondition(In(NurtureLog.Columns.NurtureRuleId, ruleIds));
        return All(query);
    }

    /// <summary>The digest logs (no account) of <paramref name="ruleIds"/> fired on or after <paramref name="since"/>.</summary>
    public IReadOnlyList<Entity> DigestLogs(IReadOnlyCollection<Guid> ruleIds, DateTime since)
    {
        var query = LogQuery();
        query.Criteria.AddCondition(In(NurtureLog.Columns.NurtureRuleId, ruleIds));
        query.Criteria.AddCondition(new ConditionExpression(NurtureLog.Columns.AccountId, ConditionOperator.Null));
        query.Criteria.AddCondition(new ConditionExpression(NurtureLog.Columns.FiredOn, ConditionOperator.GreaterEqual, since));
        return All(query);
    }

    /// <summary>The logs of account rules this sweep recorded: its window and its exact as-of instant.</summary>
    public IReadOnlyList<Entity> LogsOfSweep(IReadOnlyCollection<Guid> ruleIds, string window, DateTime asOf)
    {
        var query = LogQuery();
        query.Criteria.AddCondition(In(NurtureLog.Columns.NurtureRuleId, ruleIds));
        query.Criteria.AddCondition(new ConditionExpression(NurtureLog.Columns.Window, ConditionOperator.Equal, window));
        query.Criteria.AddCondition(new ConditionExpression(NurtureLog.Columns.FiredOn, ConditionOperator.Equal, asOf));
        query.Criteria.AddCondition(new ConditionExpression(NurtureLog.Columns.AccountId, ConditionOperator.NotNull));
        return All(query);
    }

    /// <summary>Ids of open tasks of <paramref name="ruleIds"/> regarding <paramref name="accountIds"/>.</summary>
    public ISet<Guid> OpenNurtureTaskIds(IReadOnlyCollection<Guid> accountIds, IReadOnlyCollection<Guid> ruleIds)
    {
        if (accountIds.Count == 0 || ruleIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var query = new QueryExpression(TaskTable.LogicalName) { ColumnSet = new ColumnSet(TaskTable.Columns.ActivityId) };
        query.Criteria.AddCondition(new ConditionExpression(TaskTable.Columns.StateCode, ConditionOperator.Equal, SweepValues.ActiveOrOpenState));
        query.Criteria.AddCondition(In(TaskTable.Columns.RegardingObjectId, accountIds));
        query.Criteria.AddCondition(In(TaskTable.Columns.NurtureRuleId, ruleIds));
        query.AddOrder(TaskTable.Columns.ActivityId, OrderType.Ascending);
        return new HashSet<Guid>(All(query).Select(t => t.Id));
    }

    /// <summary>
    /// The bought (active or completed) engagements of <paramref name="accountIds"/>: the service lines
    /// bought, the last completed engagement's partner.
    /// </summary>
    public IReadOnlyList<Entity> BoughtEngagements(IReadOnlyCollection<Guid> accountIds)
    {
        if (accountIds.Count == 0)
        {
            return Array.Empty<Entity>();
        }

        var query = BoughtEngagementQuery(EngagementTable.Columns.EngagementPartnerId, EngagementTable.Columns.EndedOn);
        query.Criteria.AddCondition(In(EngagementTable.Columns.AccountId, accountIds));
        return All(query);
    }

    /// <summary>
    /// Every bought (active or completed) engagement of the organization, 5,000 rows a request, handed to
    /// <paramref name="page"/> one page at a time so only the caller's running tallies stay in memory:
    /// the service-line affinity's input. Plain paged reads rather than a FetchXML aggregate grouped by
    /// account and line: an aggregate query fails once it would read more than 50,000 rows
    /// (AggregateQueryRecordLimit), which a firm's engagement history passes.
    /// </summary>
    public void ForEachBoughtEngagementPage(Action<IReadOnlyList<Entity>> page)
    {
        var query = BoughtEngagementQuery();
        query.Criteria.AddCondition(new ConditionExpression(EngagementTable.Columns.AccountId, ConditionOperator.NotNull));
        query.PageInfo = new PagingInfo { Count = NurtureSweepOptions.MaxPageSize, PageNumber = 1 };
        while (true)
        {
            var result = _service.RetrieveMultiple(query);
            page(result.Entities.ToList());
            if (!result.MoreRecords)
            {
                return;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = result.PagingCookie;
        }
    }

    /// <summary>The full names of <paramref name="userIds"/>.</summary>
    public IReadOnlyDictionary<Guid, string?> UserNames(IReadOnlyCollection<Guid> userIds)
    {
        if (userIds.Count == 0)
        {
            return new Dictionary<Guid, string?>();
        }

        var query = new QueryExpression(SystemUser.LogicalName) { ColumnSet = new ColumnSet(SystemUser.Columns.FullName) };
        query.Criteria.AddCondition(In(SystemUser.Columns.SystemUserId, userIds));
        query.AddOrder(SystemUser.Columns.SystemUserId, OrderType.Ascending);
        return All(query).ToDictionary(u => u.Id, u => u.GetAttributeValue<string?>(SystemUser.Columns.FullName));
    }

    private static QueryExpression AccountQuery()
    {
        var query = new QueryExpression(AccountTable.LogicalName) { ColumnSet = new ColumnSet(AccountColumns()) };
        query.AddOrder(AccountTable.Columns.AccountId, OrderType.Ascending);
        return query;
    }

    /// <summary>Active or completed engagements with the account, service line, status and start, plus <paramref name="columns"/>, in engagementid order.</summary>
    private static QueryExpression BoughtEngagementQuery(params string[] columns)
    {
        var query = new QueryExpression(EngagementTable.LogicalName)
        {
            ColumnSet = new ColumnSet(new[] { EngagementTable.Columns.AccountId, EngagementTable.Columns.ServiceLineId, EngagementTable.Columns.Status, EngagementTable.Columns.StartedOn }.Concat(columns).ToArray()),
        };
        query.Criteria.AddCondition(new ConditionExpression(
            EngagementTable.Columns.Status, ConditionOperator.In, ClientDefinitions.BoughtStatuses.Select(s => (object)Choices.ToOptionSetValue(s).Value).ToArray()));
        query.AddOrder(EngagementTable.Columns.EngagementId, OrderType.Ascending);
        return query;
    }

    private static QueryExpression LogQuery()
    {
        var query = new QueryExpression(NurtureLog.LogicalName)
        {
            ColumnSet = new ColumnSet(
                NurtureLog.Columns.NurtureRuleId, NurtureLog.Columns.AccountId, NurtureLog.Columns.Window, NurtureLog.Columns.FiredOn,
                NurtureLog.Columns.TaskId, NurtureLog.Columns.AssignedToId, NurtureLog.Columns.Reason),
        };
        query.AddOrder(NurtureLog.Columns.NurtureLogId, OrderType.Ascending);
        return query;
    }

    private static ConditionExpression In(string column, IEnumerable<Guid> ids) =>
        new(column, ConditionOperator.In, ids.Distinct().Select(id => (object)id).ToArray());

    private IReadOnlyList<Entity> InChunks(IReadOnlyCollection<Guid> ids, Func<IReadOnlyCollection<Guid>, QueryExpression> build)
    {
        var rows = new List<Entity>();
        var distinct = ids.Distinct().ToList();
        for (var start = 0; start < distinct.Count; start += NurtureSweepOptions.MaxPageSize)
        {
            rows.AddRange(All(build(distinct.Skip(start).Take(NurtureSweepOptions.MaxPageSize).ToList())));
        }

        return rows;
    }

    /// <summary>Every row of <paramref name="query"/>, following paging cookies (one request per 5,000 rows).</summary>
    private IReadOnlyList<Entity> All(QueryExpression query) => QueryPages.All(_service, query);
}
