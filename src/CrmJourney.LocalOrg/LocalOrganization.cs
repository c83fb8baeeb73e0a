using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.LocalOrg.Costs;
using CrmJourney.LocalOrg.Diagnostics;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Messages;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.LocalOrg.Querying;
using CrmJourney.LocalOrg.Security;
using CrmJourney.LocalOrg.Services;
using CrmJourney.LocalOrg.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg;

/// <summary>
/// An embedded Dataverse organization: tables, queries, messages and the plug-in pipeline in process.
/// It is the organization the tests, the cjp CLI and the benchmarks run the product's real plug-ins
/// against. As an IOrganizationService it acts as its default user; as an IOrganizationServiceFactory
/// it hands out services for any user (null = SYSTEM).
/// </summary>
/// <remarks>
/// Faithful where the product depends on it (faults and their codes, step order, images, transactions,
/// depth, paging) and explicit where it is not: an unsupported message or operator faults with a
/// message naming it instead of answering wrongly. Thread-safe: each top-level request runs under one
/// reentrant lock, so plug-ins' nested calls on the same thread re-enter it.
/// </remarks>
public sealed class LocalOrganization : OrganizationServiceBase, IOrganizationServiceFactory
{
    /// <summary>The SYSTEM user, which CreateOrganizationService(null) acts as.</summary>
    public static readonly Guid SystemUserId = new("a1f0c0de-0000-4000-8000-000000000001");

    /// <summary>The user the organization acts as when used directly as an IOrganizationService.</summary>
    public static readonly Guid DefaultUserId = new("a1f0c0de-0000-4000-8000-000000000002");

    private readonly object _gate = new();
    private readonly Dictionary<string, IMessageHandler> _handlers;
    private readonly Queue<AsyncWorkItem> _asyncQueue = new();
    private readonly Func<DateTime> _clock;
    private readonly Func<Guid> _newId;
    private bool _draining;

    internal LocalOrganization(LocalOrganizationOptions options)
    {
        Catalog = options.Catalog;
        Store = new DataStore(options.Catalog);
        Steps = new StepRegistry(options.Steps);
        _handlers = new Dictionary<string, IMessageHandler>(options.Handlers, StringComparer.OrdinalIgnoreCase);
        _clock = options.Clock;
        _newId = options.IdGenerator;
        AutoDrainAsync = options.AutoDrainAsync;
        MaxDepth = options.MaxDepth;
        OrganizationId = options.OrganizationId;
        OrganizationName = options.OrganizationName;
        Security = new SecurityModel(options.SecurityRoles);
        Executor = new PipelineExecutor(this);
        Queries = new QueryEngine(Store, Counters);
        CostModel = options.CostModel;
        ModeledClock = options.CostModel is { } model ? new ModeledClock(model.Limits) : null;
        PluginServices = options.PluginServices;
        SeedUsers();
    }

    /// <summary>The business unit every user belongs to (LocalOrg has one).</summary>
    public Guid BusinessUnitId { get; } = new("a1f0c0de-0000-4000-8000-0000000000b0");

    /// <summary>The organization's id, as plug-ins see it in the context.</summary>
    public Guid OrganizationId { get; }

    /// <summary>The organization's unique name, as plug-ins see it in the context.</summary>
    public string OrganizationName { get; }

    /// <summary>The tables and relationships.</summary>
    public MetadataCatalog Catalog { get; }

    /// <summary>The rows.</summary>
    public DataStore Store { get; }

    /// <summary>Requests per message and table, index hits and scans.</summary>
    public RequestCounters Counters { get; } = new();

    /// <summary>Service protection and transient fault injection for client code.</summary>
    public FaultInjector Faults { get; } = new();

    /// <summary>The security roles and which users hold them: decides who may run a custom API that names an execute privilege.</summary>
    public SecurityModel Security { get; }

    /// <summary>The Dataverse cost model in use, or null (the default: no modeled time is kept).</summary>
    public DataverseCostModel? CostModel { get; }

    /// <summary>Each user's modeled Dataverse time under <see cref="CostModel"/>; null without a model.</summary>
    public ModeledClock? ModeledClock { get; }

    /// <summary>Every plug-in execution's trace.</summary>
    public TraceLog Traces { get; } = new();

    /// <summary>When true, queued async steps run after each top-level request (the CLI's mode).</summary>
    public bool AutoDrainAsync { get; set; }

    /// <summary>The deepest a call chain may go; a call one deeper faults as Dataverse's loop guard does (default 8).</summary>
    public int MaxDepth { get; }

    /// <summary>Async step executions waiting for <see cref="DrainAsync"/>.</summary>
    public int PendingAsyncCount
    {
        get
        {
            lock (_gate)
            {
                return _asyncQueue.Count;
            }
        }
    }

    /// <summary>The registered steps, in registration order.</summary>
    public IReadOnlyList<PluginStep> PluginSteps => Steps.All;

    internal StepRegistry Steps { get; }

    internal PipelineExecutor Executor { get; }

    internal QueryEngine Queries { get; }

    internal IReadOnlyDictionary<Type, Func<LocalOrganization, IPluginExecutionContext, object?>> PluginServices { get; }

    /// <summary>Starts composing an organization.</summary>
    public static LocalOrganizationBuilder CreateBuilder() => new();

    /// <summary>The organization's current time (UTC), from its clock.</summary>
    public DateTime Now()
    {
        var now = _clock();
        return now.Kind == DateTimeKind.Local ? now.ToUniversalTime() : DateTime.SpecifyKind(now, DateTimeKind.Utc);
    }

    /// <summary>A service acting as this user; null means SYSTEM.</summary>
    public IOrganizationService CreateOrganizationService(Guid? userId) => new CallerOrganizationService(this, userId ?? SystemUserId);

    /// <inheritdoc />
    public override OrganizationResponse Execute(OrganizationRequest request) =>
        ExecuteTopLevel(request, new CallContext(DefaultUserId, DefaultUserId, 1, Guid.NewGuid(), Transaction: null, Parent: null));

    /// <summary>
    /// Runs queued async step executions, in order, including work they queue, until none is left.
    /// Failures never reach the caller: each execution becomes a system job row (asyncoperation), failed
    /// or succeeded; a plug-in asking for OperationStatus.Retry is retried up to 4 times.
    /// </summary>
    /// <returns>How many async executions ran.</returns>
    public int DrainAsync()
    {
        var ran = 0;
        while (true)
        {
            AsyncWorkItem item;
            lock (_gate)
            {
                if (_asyncQueue.Count == 0)
                {
                    return ran;
                }

                item = _asyncQueue.Dequeue();
                _draining = true;
            }

            try
            {
                RunAsyncItem(item);
            }
            finally
            {
                lock (_gate)
                {
                    _draining = false;
                }
            }

            ran++;
        }
    }

    /// <summary>The system job rows (async step executions) recorded so far.</summary>
    public IReadOnlyList<Entity> SystemJobs()
    {
        lock (_gate)
        {
            var table = Store.Table(StandardTableNames.AsyncOperation);
            return table.Rows.Select(row => RowCodec.ToEntity(Store, table, row, null)).OrderBy(job => job.GetAttributeValue<DateTime>(SystemColumns.CreatedOn)).ToList();
        }
    }

    /// <summary>
    /// Loads rows as they were exported, without running steps and keeping given created/modified
    /// stamps: how the CLI seeds an organization from exported data. Values are checked like any write;
    /// the whole import is undone if one row is refused.
    /// </summary>
    public void Import(IEnumerable<Entity> rows)
    {
        lock (_gate)
        {
            var undo = new UndoLog();
            var writer = new RowWriter(Store, undo, DefaultUserId, Now(), NewId);
            try
            {
                foreach (var row in rows)
                {
                    writer.Create(row, keepSystemColumns: true);
                }
            }
            catch
            {
                undo.Rollback();
                throw;
            }
        }
    }

    internal Guid NewId() => _newId();

    internal IMessageHandler? FindHandler(string? name) =>
        name != null && _handlers.TryGetValue(name, out var handler) ? handler : null;

    internal OrganizationResponse ExecuteTopLevel(OrganizationRequest request, CallContext call)
    {
        OrganizationResponse response;
        bool drain;
        lock (_gate)
        {
            ModeledClock?.BeginRequest(call.UserId);
            try
            {
                response = Executor.Execute(request, call);
            }
            finally
            {
                ModeledClock?.EndRequest(call.UserId);
            }

            drain = AutoDrainAsync && !_draining;
        }

        if (drain)
        {
            DrainAsync();
        }

        return response;
    }

    internal void EnqueueAsync(List<AsyncWorkItem> items)
    {
        Counters.RecordSystemJobsQueued(items.Count);
        foreach (var item in items)
        {
            _asyncQueue.Enqueue(item);
        }

        items.Clear();
    }

    private void RunAsyncItem(AsyncWorkItem item)
    {
        const int maxRetries = 4;
        var jobId = NewId();
        var attempts = 0;
        Exception? failure;
        while (true)
        {
            attempts++;
            failure = null;
            lock (_gate)
            {
                try
                {
                    Executor.RunAsync(item, jobId);
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            }

            var retry = failure is InvalidPluginExecutionException { Status: OperationStatus.Retry };
            if (failure == null || !retry || attempts > maxRetries)
            {
                break;
            }
        }

        if (failure == null && item.Step.AsyncAutoDelete)
        {
            return;
        }

        lock (_gate)
        {
            var job = new Entity(StandardTableNames.AsyncOperation, jobId)
            {
                ["name"] = item.Step.Name,
                ["messagename"] = item.State.MessageName,
                ["primaryentitytype"] = item.State.PrimaryEntityName,
                ["regardingobjectid"] = item.State.PrimaryEntityId,
                ["retrycount"] = attempts - 1,
                ["completedon"] = Now(),
                [SystemColumns.StateCode] = new OptionSetValue(AsyncOperationStatus.CompletedState),
                [SystemColumns.StatusCode] = new OptionSetValue(failure == null ? AsyncOperationStatus.Succeeded : AsyncOperationStatus.Failed),
                ["message"] = failure == null ? null : Truncate(failure.Message),
            };
            new RowWriter(Store, new UndoLog(), item.UserId, Now(), NewId).Create(job);
        }
    }

    private static string Truncate(string text) => text.Length <= 4000 ? text : text.Substring(0, 4000);

    private void SeedUsers()
    {
        var writer = new RowWriter(Store, new UndoLog(), SystemUserId, Now(), NewId);
        writer.Create(new Entity(StandardTableNames.SystemUser, SystemUserId) { ["fullname"] = "SYSTEM" });
        writer.Create(new Entity(StandardTableNames.SystemUser, DefaultUserId) { ["fullname"] = "LocalOrg Administrator" });
    }
}
