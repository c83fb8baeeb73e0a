using System;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.LocalOrg.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>
/// What a message handler works with: the request (with the inputs as the pre-stages left them), the
/// outputs, the caller, the operation's time, the rows (through a <see cref="RowWriter"/> bound to the
/// operation's transaction), and a way to run child requests through their own pipelines.
/// </summary>
public sealed class MessageExecution
{
    private readonly LocalOrganization _org;
    private readonly OperationState _state;
    private readonly CallContext _call;

    internal MessageExecution(LocalOrganization org, OperationState state, CallContext call, OrganizationRequest request)
    {
        _org = org;
        _state = state;
        _call = call;
        Request = request;
        Rows = new RowWriter(org.Store, call.Transaction!.Undo, call.UserId, state.OperationCreatedOn, org.NewId);
    }

    /// <summary>The request, carrying the pipeline's InputParameters.</summary>
    public OrganizationRequest Request { get; }

    /// <summary>The pipeline's InputParameters (the same collection plug-ins see).</summary>
    public ParameterCollection InputParameters => _state.InputParameters;

    /// <summary>The pipeline's OutputParameters; the response carries this collection.</summary>
    public ParameterCollection OutputParameters => _state.OutputParameters;

    /// <summary>The calling user.</summary>
    public Guid UserId => _call.UserId;

    /// <summary>The execution depth.</summary>
    public int Depth => _call.Depth;

    /// <summary>The operation's time, from the organization's clock.</summary>
    public DateTime Now => _state.OperationCreatedOn;

    /// <summary>The organization's tables.</summary>
    public DataStore Store => _org.Store;

    /// <summary>Row writes bound to this operation's transaction.</summary>
    public RowWriter Rows { get; }

    /// <summary>The organization, for handlers that need its identity or query engine.</summary>
    public LocalOrganization Organization => _org;

    /// <summary>Records the primary row once known (Create), so PostOperation steps and images see it.</summary>
    public void SetPrimaryEntityId(Guid id) => _state.PrimaryEntityId = id;

    /// <summary>Wraps the outputs in the typed response.</summary>
    public T Respond<T>(T response)
        where T : OrganizationResponse
    {
        response.ResponseName = _state.MessageName;
        response.Results = _state.OutputParameters;
        return response;
    }

    /// <summary>
    /// Runs a child request (an item of ExecuteMultiple/ExecuteTransaction, an item of CreateMultiple,
    /// SetState's Update) through its own pipeline at the same depth, inside this operation's transaction.
    /// A failing child undoes only its own writes before its fault reaches the caller. An uncounted child
    /// (<paramref name="count"/> false) is part of this request: neither counted nor given injected faults.
    /// </summary>
    public OrganizationResponse ExecuteChild(OrganizationRequest request, bool count = true) =>
        _org.Executor.Execute(request, _call, count);

    /// <summary>Runs a plug-in as the message's main operation (stage 30), as a custom API does.</summary>
    internal void RunMainOperationPlugin(Microsoft.Xrm.Sdk.IPlugin plugin, string pluginTypeName) =>
        _org.Executor.RunMainOperation(plugin, pluginTypeName, _state, _call);

    /// <summary>The number of writes so far in this transaction: a savepoint for <see cref="RollbackTo"/>.</summary>
    public int Savepoint => _call.Transaction!.Undo.Count;

    /// <summary>Undoes this transaction's writes made after the savepoint.</summary>
    public void RollbackTo(int savepoint) => _call.Transaction!.Undo.RollbackTo(savepoint);
}
