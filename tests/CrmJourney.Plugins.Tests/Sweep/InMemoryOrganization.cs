using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using CrmJourney.Plugins.Tests.Fakes;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Plugins.Tests.Sweep;

/// <summary>
/// A small in-memory organization for the sweep's tests, standing in until LocalOrg's messages land on
/// main. It reproduces exactly the Dataverse behaviour the sweep relies on: rows copied in and out,
/// QueryExpression with And-ed Equal / In / Null / NotNull / GreaterEqual conditions, orders, column
/// sets and cookie paging (the next page starts after the last row's sort key, as Dataverse's cookie
/// does, so rows changed on earlier pages never shift later ones); CreateMultiple and UpdateMultiple
/// all-or-nothing; the cjp_nurturelog alternate key (rule, account, window) faulting with
/// DuplicateRecordEntityKey (0x80060892); SendEmail (email Completed / Sent); and custom API requests
/// run through their plugin. Every request is counted. Thread-safe: one lock serialises requests.
/// </summary>
public sealed class InMemoryOrganization : IOrganizationService, IOrganizationServiceFactory
{
    private static readonly string[] _nurtureLogKey = { "cjp_nurtureruleid", "cjp_accountid", "cjp_window" };
    private readonly object _gate = new();
    private readonly Dictionary<string, Dictionary<Guid, Entity>> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IPlugin> _customApis = new(StringComparer.Ordinal);
    private readonly HashSet<string> _logKeys = new(StringComparer.Ordinal);

    /// <summary>The instant custom API executions see as OperationCreatedOn.</summary>
    public DateTime OperationTime { get; set; } = new(2026, 11, 20, 6, 0, 0, DateTimeKind.Utc);

    /// <summary>The trace lines custom API plugins wrote.</summary>
    public FakeTracingService Traces { get; } = new();

    /// <summary>Requests received since the last <see cref="ResetCounters"/>, all messages.</summary>
    public int TotalRequests
    {
        get
        {
            lock (_gate)
            {
                return _counts.Values.Sum();
            }
        }
    }

    /// <summary>Requests of one message (e.g. "RetrieveMultiple", "CreateMultiple").</summary>
    public int Requests(string message)
    {
        lock (_gate)
        {
            return _counts.TryGetValue(message, out var count) ? count : 0;
        }
    }

    public void ResetCounters()
    {
        lock (_gate)
        {
            _counts.Clear();
        }
    }

    /// <summary>Routes requests named <paramref name="uniqueName"/> to <paramref name="plugin"/> as their main operation.</summary>
    public InMemoryOrganization AddCustomApi(string uniqueName, IPlugin plugin)
    {
        _customApis[uniqueName] = plugin;
        return this;
    }

    /// <summary>Stores rows directly (bulk seeding), without counting requests.</summary>
    public void Seed(IEnumerable<Entity> rows)
    {
        lock (_gate)
        {
            foreach (var row in rows)
            {
                Insert(row);
            }
        }
    }

    /// <summary>A copy of every row of <paramref name="table"/>.</summary>
    public IReadOnlyList<Entity> Rows(string table)
    {
        lock (_gate)
        {
            return _tables.TryGetValue(table, out var rows) ? rows.Values.Select(Copy).ToList() : new List<Entity>();
        }
    }

    public IOrganizationService CreateOrganizationService(Guid? userId) => this;

    public Guid Create(Entity entity)
    {
        lock (_gate)
        {
            Count("Create");
            return Insert(entity);
        }
    }

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet)
    {
        lock (_gate)
        {
            Count("Retrieve");
            return Project(Table(entityName).TryGetValue(id, out var row) ? row : throw Fault(unchecked((int)0x80040217), $"{entityName} With Id = {id} Does Not Exist"), columnSet);
        }
    }

    public void Update(Entity entity)
    {
        lock (_gate)
        {
            Count("Update");
            Apply(entity);
        }
    }

    public void Delete(string entityName, Guid id)
    {
        lock (_gate)
        {
            Count("Delete");
            Table(entityName).Remove(id);
        }
    }

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        throw new NotSupportedException("The sweep's test organization does not associate records.");

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        throw new NotSupportedException("The sweep's test organization does not disassociate records.");

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        lock (_gate)
        {
            Count("RetrieveMultiple");
            return Query((QueryExpression)query);
        }
    }

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        if (_customApis.TryGetValue(request.RequestName, out var plugin))
        {
            lock (_gate)
            {
                Count(request.RequestName);
            }

            return RunCustomApi(request, plugin);
        }

        lock (_gate)
        {
            Count(request.RequestName);
            switch (request)
            {
                case CreateMultipleRequest create:
                    var targets = create.Targets!.Entities.ToList();
                    CheckKeys(targets);
                    var response = new CreateMultipleResponse();
                    response.Results["Ids"] = targets.Select(Insert).ToArray();
                    return response;
                case UpdateMultipleRequest update:
                    var rows = update.Targets!.Entities.ToList();
                    foreach (var row in rows.Where(r => !Table(r.LogicalName).ContainsKey(r.Id)))
                    {
                        throw Fault(unchecked((int)0x80040217), $"{row.LogicalName} With Id = {row.Id} Does Not Exist");
                    }

                    LastUpdateTag = update.Parameters.Contains("tag") ? update["tag"] as string : null;
                    rows.ForEach(Apply);
                    return new UpdateMultipleResponse();
                case SendEmailRequest send:
                    var email = Table("email")[send.EmailId];
                    email["statecode"] = new OptionSetValue(1);
                    email["statuscode"] = new OptionSetValue(3);
                    return new SendEmailResponse();
                default:
                    throw Fault(unchecked((int)0x80040315), $"The sweep's test organization does not support the message {request.RequestName}.");
            }
        }
    }

    /// <summary>The "tag" optional parameter of the last UpdateMultiple (what plugins would see as SharedVariables["tag"]).</summary>
    public string? LastUpdateTag { get; private set; }

    private static FaultException<OrganizationServiceFault> Fault(int code, string message) =>
        new(new OrganizationServiceFault { ErrorCode = code, Message = message }, new FaultReason(message));

    private static Entity Copy(Entity row)
    {
        var copy = new Entity(row.LogicalName, row.Id);
        foreach (var attribute in row.Attributes)
        {
            copy[attribute.Key] = attribute.Value switch
            {
                EntityReference r => new EntityReference(r.LogicalName, r.Id) { Name = r.Name },
                OptionSetValue o => new OptionSetValue(o.Value),
                OptionSetValueCollection c => new OptionSetValueCollection(c.Select(o => new OptionSetValue(o.Value)).ToList()),
                EntityCollection c => new EntityCollection(c.Entities.Select(Copy).ToList()) { EntityName = c.EntityName },
                _ => attribute.Value,
            };
        }

        return copy;
    }

    private static string PrimaryId(string table) => table is "task" or "email" ? "activityid" : table + "id";

    private static Entity Project(Entity row, ColumnSet columns)
    {
        var copy = Copy(row);
        if (!columns.AllColumns)
        {
            foreach (var name in copy.Attributes.Keys.ToList().Where(n => !columns.Columns.Contains(n) && n != PrimaryId(row.LogicalName)))
            {
                copy.Attributes.Remove(name);
            }
        }

        return copy;
    }

    private static object? Comparable(object? value) => value switch
    {
        EntityReference r => r.Id,
        OptionSetValue o => o.Value,
        Money m => m.Value,
        _ => value,
    };

    private static int Compare(object? left, object? right) =>
        (left, right) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            (IComparable l, _) => l.CompareTo(right),
            _ => 0,
        };

    private static bool Matches(Entity row, ConditionExpression condition, HashSet<object> values)
    {
        var value = Comparable(row.Attributes.TryGetValue(condition.AttributeName!, out var stored) ? stored : null);
        return condition.Operator switch
        {
            ConditionOperator.Equal => value is not null && Equals(value, Comparable(condition.Values[0])),
            ConditionOperator.In => value is not null && values.Contains(value),
            ConditionOperator.Null => value is null,
            ConditionOperator.NotNull => value is not null,
            ConditionOperator.GreaterEqual => value is not null && Compare(value, Comparable(condition.Values[0])) >= 0,
            _ => throw Fault(unchecked((int)0x80040315), $"The sweep's test organization does not support the condition operator '{condition.Operator}'."),
        };
    }

    private Dictionary<Guid, Entity> Table(string name)
    {
        if (!_tables.TryGetValue(name, out var rows))
        {
            rows = new Dictionary<Guid, Entity>();
            _tables[name] = rows;
        }

        return rows;
    }

    private void Count(string message) => _counts[message] = (_counts.TryGetValue(message, out var count) ? count : 0) + 1;

    private Guid Insert(Entity entity)
    {
        CheckKeys(new[] { entity });
        var row = Copy(entity);
        row.Id = row.Id == Guid.Empty ? Guid.NewGuid() : row.Id;
        row[PrimaryId(row.LogicalName)] = row.Id;
        if (row.LogicalName is "task" or "email" && !row.Contains("statecode"))
        {
            row["statecode"] = new OptionSetValue(0);
        }

        Table(row.LogicalName).Add(row.Id, row);
        if (row.LogicalName == "cjp_nurturelog")
        {
            _logKeys.Add(KeyOf(row));
        }

        return row.Id;
    }

    private void Apply(Entity update)
    {
        var row = Table(update.LogicalName).TryGetValue(update.Id, out var stored) ? stored : throw Fault(unchecked((int)0x80040217), $"{update.LogicalName} With Id = {update.Id} Does Not Exist");
        foreach (var attribute in Copy(update).Attributes)
        {
            row[attribute.Key] = attribute.Value;
        }
    }

    private void CheckKeys(IReadOnlyList<Entity> rows)
    {
        var fresh = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.LogicalName == "cjp_nurturelog"))
        {
            var key = KeyOf(row);
            if (!fresh.Add(key) || _logKeys.Contains(key))
            {
                throw Fault(unchecked((int)0x80060892), $"A record that has the attribute values {key} already exists. The entity key cjp_nurturelogfiring requires that this set of attributes contains unique values. Select unique values and try again.");
            }
        }
    }

    private static string KeyOf(Entity log) =>
        string.Join(",", _nurtureLogKey.Select(column => Convert.ToString(Comparable(log.Attributes.TryGetValue(column, out var value) ? value : null), CultureInfo.InvariantCulture)));

    private EntityCollection Query(QueryExpression query)
    {
        var table = Table(query.EntityName!);
        var conditions = query.Criteria.Conditions.Select(c => (Condition: c, Values: new HashSet<object>(c.Values.Select(Comparable).OfType<object>()))).ToList();
        if (query.Criteria.Filters.Count > 0 || query.LinkEntities.Count > 0 || query.Criteria.FilterOperator != LogicalOperator.And)
        {
            throw Fault(unchecked((int)0x80040315), "The sweep's test organization supports only one And filter and no links.");
        }

        var orders = query.Orders.Select(o => o.AttributeName!).Concat(new[] { PrimaryId(query.EntityName!) }).ToList();
        object?[] SortKey(Entity row) => orders.Select(o => Comparable(row.Attributes.TryGetValue(o, out var v) ? v : null)).ToArray();
        int CompareKeys(object?[] left, object?[] right) => left.Zip(right, Compare).FirstOrDefault(c => c != 0);

        var matching = table.Values.Where(row => conditions.All(c => Matches(row, c.Condition, c.Values))).OrderBy(SortKey, Comparer<object?[]>.Create(CompareKeys)).ToList();
        var page = query.PageInfo;
        var size = page.Count > 0 ? page.Count : 5000;
        IEnumerable<Entity> rest = matching;
        if (!string.IsNullOrEmpty(page.PagingCookie) && table.TryGetValue(Guid.Parse(page.PagingCookie!.Split('"')[3]), out var anchor))
        {
            var anchorKey = SortKey(anchor);
            rest = matching.Where(row => CompareKeys(SortKey(row), anchorKey) > 0);
        }
        else if (page.PageNumber > 1)
        {
            rest = matching.Skip((page.PageNumber - 1) * size);
        }

        var remaining = rest.ToList();
        var rows = remaining.Take(size).ToList();
        var result = new EntityCollection(rows.Select(r => Project(r, query.ColumnSet)).ToList())
        {
            EntityName = query.EntityName,
            MoreRecords = remaining.Count > size,
        };
        result.PagingCookie = rows.Count == 0 ? null : $"<cookie page=\"{page.PageNumber}\"><id last=\"{rows[^1].Id}\" /></cookie>";
        return result;
    }

    private OrganizationResponse RunCustomApi(OrganizationRequest request, IPlugin plugin)
    {
        var context = new FakePluginExecutionContext
        {
            MessageName = request.RequestName,
            PrimaryEntityName = "none",
            Stage = 30,
            OperationCreatedOn = OperationTime,
            CorrelationId = Guid.NewGuid(),
        };
        foreach (var parameter in request.Parameters)
        {
            context.InputParameters[parameter.Key] = parameter.Value;
        }

        plugin.Execute(new FakeServiceProvider().With<IPluginExecutionContext>(context).With<IOrganizationServiceFactory>(this).With<ITracingService>(Traces));
        var response = new OrganizationResponse { ResponseName = request.RequestName };
        foreach (var output in context.OutputParameters)
        {
            response.Results[output.Key] = output.Value;
        }

        return response;
    }
}
