using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Linq.Expressions;
using System.ServiceModel;
using CrmJourney.LocalOrg.Costs;
using CrmJourney.LocalOrg.Diagnostics;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Messages;
using CrmJourney.LocalOrg.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>
/// Runs a request through Dataverse's event pipeline: PreValidation steps, then (inside the
/// transaction) PreOperation steps, the main operation, PostOperation sync steps, and queues the async
/// steps for after commit. Any exception rolls back every write made since the request began, nested
/// writes included, and drops the async work the request queued.
/// </summary>
internal sealed class PipelineExecutor
{
    private static readonly ConcurrentDictionary<Type, Func<OrganizationRequest>> _requestFactories = new();
    private readonly LocalOrganization _org;

    public PipelineExecutor(LocalOrganization org)
    {
        _org = org;
    }

    public OrganizationResponse Execute(OrganizationRequest request, CallContext call, bool count = true)
    {
        if (request == null)
        {
            throw OrganizationFaults.InvalidArgument("The request is required.");
        }

        var handler = _org.FindHandler(request.RequestName)
            ?? throw OrganizationFaults.NotSupported($"the message '{request.RequestName}'");
        var target = handler.Describe(request);
        if (count)
        {
            _org.Counters.Record(handler.MessageName, target.TableName);
        }

        // Faults are injected once per request a client sent: an uncounted child (a CreateMultiple item,
        // SetState's inner Update) is part of its parent's request, which has already passed.
        if (call.IsExternal && count)
        {
            _org.Faults.BeforeRequest(_org.Now());
        }

        if (call.Depth > _org.MaxDepth)
        {
            throw OrganizationFaults.Create(
                ErrorCodes.InfiniteLoop,
                "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again.");
        }

        // Modeled time (only with a cost model): the request and its writes now, the rows it returns after.
        var model = count && _org.ModeledClock != null && !InAsyncJob(call) ? _org.CostModel : null;
        if (model != null)
        {
            _org.ModeledClock!.Charge(call.InitiatingUserId, CostCharges.ForRequest(model, handler.MessageName, request));
        }

        // A bulk request's items (uncounted children) run under the bypass their request asked for; any other
        // request, including one a plug-in makes, states its own.
        if (count)
        {
            call = call with { Bypass = BusinessLogicBypass.Of(request, call.UserId, _org.Security) };
        }

        var transaction = call.Transaction ?? new OperationTransaction();
        var undoMark = transaction.Undo.Count;
        var asyncMark = transaction.PendingAsync.Count;
        try
        {
            var response = RunPipeline(handler, request, target, call with { Transaction = transaction });
            if (call.Transaction == null)
            {
                _org.EnqueueAsync(transaction.PendingAsync);
            }

            if (model != null)
            {
                _org.ModeledClock!.Charge(call.InitiatingUserId, CostCharges.ForResponse(model, response));
            }

            return response;
        }
        catch (Exception exception)
        {
            transaction.Undo.RollbackTo(undoMark);
            transaction.PendingAsync.RemoveRange(asyncMark, transaction.PendingAsync.Count - asyncMark);
            if (exception is FaultException<OrganizationServiceFault>)
            {
                throw;
            }

            throw OrganizationFaults.Create(ErrorCodes.Unexpected, $"An unexpected error occurred: {exception.GetType().FullName}: {exception.Message}", exception.ToString());
        }
    }

    /// <summary>Runs one async step from the queue; exceptions reach the caller (the drain loop) unwrapped.</summary>
    public void RunAsync(AsyncWorkItem item, Guid operationId)
    {
        var call = new CallContext(item.UserId, item.State.InitiatingUserId, item.State.Depth, item.State.CorrelationId, Transaction: null, Parent: null);
        RunStep(item.Step, item.State, call, inTransaction: false, item.PreImages, item.PostImages, operationId, wrapExceptions: false);
    }

    private OrganizationResponse RunPipeline(IMessageHandler handler, OrganizationRequest request, MessageTarget target, CallContext call)
    {
        var state = new OperationState
        {
            MessageName = handler.MessageName,
            PrimaryEntityName = target.TableName ?? "none",
            PrimaryEntityId = target.Id,
            InputParameters = SdkCopy.Parameters(request.Parameters),
            Depth = call.Depth,
            UserId = call.UserId,
            InitiatingUserId = call.InitiatingUserId,
            CorrelationId = call.CorrelationId,
            OperationCreatedOn = _org.Now(),
            OrganizationId = _org.OrganizationId,
            OrganizationName = _org.OrganizationName,
            BusinessUnitId = _org.BusinessUnitId,
            RequestId = request.RequestId,
            ParentContext = call.Parent,
        };
        var steps = _org.Steps.For(handler.MessageName, target.TableName);
        if (!call.Bypass.IsNone)
        {
            steps = steps.Where(step => !call.Bypass.Skips(step)).ToArray();
        }

        var preRow = steps.Length > 0 && target.TableName != null && target.Id != Guid.Empty && steps.Any(step => step.Images.Any(image => image.IsPre))
            ? FindRow(target.TableName, target.Id)
            : null;
        var nested = call.Parent != null;

        RunStage(steps, PipelineStage.PreValidation, state, call, inTransaction: nested, preRow, postRow: null);
        RunStage(steps, PipelineStage.PreOperation, state, call, inTransaction: true, preRow, postRow: null);

        var copy = CopyRequest(request, state.InputParameters);
        var execution = new MessageExecution(_org, state, call, copy);
        var response = handler.Execute(execution);

        var postRow = steps.Length > 0 && steps.Any(step => step.Stage == PipelineStage.PostOperation && step.Images.Any(image => image.IsPost)) && target.TableName != null
            ? FindRow(target.TableName, state.PrimaryEntityId)
            : null;
        RunStage(steps, PipelineStage.PostOperation, state, call, inTransaction: true, preRow, postRow);
        foreach (var step in steps)
        {
            if (step.Mode != StepMode.Asynchronous || !Applies(step, state))
            {
                continue;
            }

            call.Transaction!.PendingAsync.Add(new AsyncWorkItem(
                step,
                Snapshot(state),
                Images(step, state, preRow, pre: true),
                Images(step, state, postRow, pre: false),
                step.ImpersonatingUserId ?? call.UserId));
        }

        return response;
    }

    private void RunStage(PluginStep[] steps, PipelineStage stage, OperationState state, CallContext call, bool inTransaction, StoredRow? preRow, StoredRow? postRow)
    {
        foreach (var step in steps)
        {
            if (step.Stage != stage || step.Mode != StepMode.Synchronous || !Applies(step, state))
            {
                continue;
            }

            ChargeStep(call);
            var pre = Images(step, state, preRow, pre: true);
            var post = stage == PipelineStage.PostOperation ? Images(step, state, postRow, pre: false) : new EntityImageCollection();
            RunStep(step, state, call, inTransaction, pre, post, Guid.Empty, wrapExceptions: true);
        }
    }

    private void RunStep(
        PluginStep step,
        OperationState state,
        CallContext call,
        bool inTransaction,
        EntityImageCollection preImages,
        EntityImageCollection postImages,
        Guid operationId,
        bool wrapExceptions)
    {
        var context = new LocalPluginExecutionContext(state, (int)step.Stage, (int)step.Mode)
        {
            UserId = step.ImpersonatingUserId ?? call.UserId,
            IsInTransaction = inTransaction,
            OperationId = operationId,
            OwningExtension = new EntityReference("sdkmessageprocessingstep", step.Id) { Name = step.Name },
        };
        Invoke(_org.Steps.InstanceFor(step), step.PluginTypeName, context, state, call, preImages, postImages, wrapExceptions);
    }

    /// <summary>Runs a custom API's plug-in as the main operation (stage 30) inside the transaction.</summary>
    public void RunMainOperation(IPlugin plugin, string pluginTypeName, OperationState state, CallContext call)
    {
        var context = new LocalPluginExecutionContext(state, 30, 0)
        {
            UserId = call.UserId,
            IsInTransaction = true,
        };
        ChargeStep(call);
        Invoke(plugin, pluginTypeName, context, state, call, new EntityImageCollection(), new EntityImageCollection(), wrapExceptions: true);
    }

    private void Invoke(
        IPlugin plugin,
        string pluginTypeName,
        LocalPluginExecutionContext context,
        OperationState state,
        CallContext call,
        EntityImageCollection preImages,
        EntityImageCollection postImages,
        bool wrapExceptions)
    {
        foreach (var image in preImages)
        {
            context.PreEntityImages[image.Key] = image.Value;
        }

        foreach (var image in postImages)
        {
            context.PostEntityImages[image.Key] = image.Value;
        }

        var tracing = new LocalTracingService();
        var factory = new PluginServiceFactory(_org, context, call.Transaction);
        try
        {
            plugin.Execute(new PluginServiceProvider(context, tracing, factory, _org));
        }
        catch (InvalidPluginExecutionException exception) when (wrapExceptions)
        {
            var fault = OrganizationFaults.Create(ErrorCodes.IsvAborted, exception.Message, tracing.Text);
            throw fault;
        }
        catch (FaultException<OrganizationServiceFault>) when (wrapExceptions)
        {
            throw;
        }
        catch (Exception exception) when (wrapExceptions)
        {
            throw OrganizationFaults.Create(
                ErrorCodes.IsvUnexpected,
                $"An unexpected error occurred from ISV code. (ErrorType = ClientError) Unexpected exception from plug-in (Execute): {pluginTypeName}: {exception.GetType().FullName}: {exception.Message}",
                tracing.Text);
        }
        finally
        {
            _org.Traces.Add(new TraceRecord(pluginTypeName, state.MessageName, state.PrimaryEntityName, context.Stage, context.Mode, state.Depth, state.CorrelationId, tracing.Text));
        }
    }

    /// <summary>A synchronous step (or custom API operation) costs its invocation, charged to the user who sent the request.</summary>
    private void ChargeStep(CallContext call)
    {
        if (_org.ModeledClock is { } clock && !InAsyncJob(call))
        {
            clock.Charge(call.InitiatingUserId, _org.CostModel!.PerSyncPluginStep);
        }
    }

    /// <summary>
    /// True for work an asynchronous step started: the asynchronous service runs it, outside the time and
    /// limits of the request that queued it, so it is not charged to anyone's modeled clock.
    /// </summary>
    private static bool InAsyncJob(CallContext call)
    {
        for (IPluginExecutionContext? context = call.Parent; context != null; context = context.ParentContext)
        {
            if (context.Mode == (int)StepMode.Asynchronous)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Applies(PluginStep step, OperationState state)
    {
        if (step.FilteringAttributes.Count == 0 || !string.Equals(state.MessageName, "Update", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return state.InputParameters.TryGetValue("Target", out var target)
            && target is Entity entity
            && step.FilteringAttributes.Any(entity.Attributes.ContainsKey);
    }

    private EntityImageCollection Images(PluginStep step, OperationState state, StoredRow? row, bool pre)
    {
        var images = new EntityImageCollection();
        if (row == null)
        {
            return images;
        }

        var table = _org.Store.Table(state.PrimaryEntityName);
        foreach (var image in step.Images.Where(image => pre ? image.IsPre : image.IsPost))
        {
            var columns = image.Columns.Count == 0 ? null : image.Columns.Select(column => RowCodec.RequireOrdinal(table, column)).ToList();
            images[image.Name] = RowCodec.ToEntity(_org.Store, table, row, columns);
        }

        return images;
    }

    private StoredRow? FindRow(string table, Guid id) =>
        id != Guid.Empty && _org.Store.Table(table).TryGet(id, out var row) ? row : null;

    private static OperationState Snapshot(OperationState state)
    {
        var copy = new OperationState
        {
            MessageName = state.MessageName,
            PrimaryEntityName = state.PrimaryEntityName,
            PrimaryEntityId = state.PrimaryEntityId,
            InputParameters = SdkCopy.Parameters(state.InputParameters),
            Depth = state.Depth,
            UserId = state.UserId,
            InitiatingUserId = state.InitiatingUserId,
            CorrelationId = state.CorrelationId,
            OperationCreatedOn = state.OperationCreatedOn,
            OrganizationId = state.OrganizationId,
            OrganizationName = state.OrganizationName,
            BusinessUnitId = state.BusinessUnitId,
            RequestId = state.RequestId,
            ParentContext = null,
        };
        foreach (var pair in state.OutputParameters)
        {
            copy.OutputParameters[pair.Key] = SdkCopy.Value(pair.Value);
        }

        foreach (var pair in state.SharedVariables)
        {
            copy.SharedVariables[pair.Key] = SdkCopy.Value(pair.Value);
        }

        return copy;
    }

    private static Func<OrganizationRequest> CreateFactory(Type type)
    {
        if (type == typeof(OrganizationRequest) || type.GetConstructor(Type.EmptyTypes) == null)
        {
            return () => new OrganizationRequest();
        }

        return Expression.Lambda<Func<OrganizationRequest>>(Expression.New(type)).Compile();
    }

    private static OrganizationRequest CopyRequest(OrganizationRequest request, ParameterCollection parameters)
    {
        // The typed request class when it can be built empty (the SDK's all can), so handlers may cast it.
        var copy = _requestFactories.GetOrAdd(request.GetType(), CreateFactory)();
        copy.RequestName = request.RequestName;
        copy.RequestId = request.RequestId;
        copy.Parameters = parameters;
        return copy;
    }
}
