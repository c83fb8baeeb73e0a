using System;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>
/// The execution context a plug-in receives. One instance per step execution; the steps of one
/// operation share its InputParameters, OutputParameters and SharedVariables (which is how pre-stage
/// changes to Target reach the write and how shared variables flow from pre to post), while stage,
/// mode and images are the step's own.
/// </summary>
public sealed class LocalPluginExecutionContext : IPluginExecutionContext
{
    internal LocalPluginExecutionContext(OperationState operation, int stage, int mode)
    {
        Operation = operation;
        Stage = stage;
        Mode = mode;
    }

    /// <inheritdoc />
    public Guid BusinessUnitId => Operation.BusinessUnitId;

    /// <inheritdoc />
    public Guid CorrelationId => Operation.CorrelationId;

    /// <inheritdoc />
    public int Depth => Operation.Depth;

    /// <inheritdoc />
    public Guid InitiatingUserId => Operation.InitiatingUserId;

    /// <inheritdoc />
    public ParameterCollection InputParameters => Operation.InputParameters;

    /// <inheritdoc />
    public bool IsExecutingOffline => false;

    /// <inheritdoc />
    public bool IsInTransaction { get; internal set; }

    /// <inheritdoc />
    public bool IsOfflinePlayback => false;

    /// <inheritdoc />
    public int IsolationMode => 2;

    /// <inheritdoc />
    public string MessageName => Operation.MessageName;

    /// <inheritdoc />
    public int Mode { get; }

    /// <inheritdoc />
    public DateTime OperationCreatedOn => Operation.OperationCreatedOn;

    /// <inheritdoc />
    public Guid OperationId { get; internal set; }

    /// <inheritdoc />
    public Guid OrganizationId => Operation.OrganizationId;

    /// <inheritdoc />
    public string OrganizationName => Operation.OrganizationName;

    /// <inheritdoc />
    public ParameterCollection OutputParameters => Operation.OutputParameters;

    /// <inheritdoc />
    public EntityReference OwningExtension { get; internal set; } = new();

    /// <inheritdoc />
    public EntityImageCollection PostEntityImages { get; } = new();

    /// <inheritdoc />
    public EntityImageCollection PreEntityImages { get; } = new();

    /// <inheritdoc />
    public Guid PrimaryEntityId => Operation.PrimaryEntityId;

    /// <inheritdoc />
    public string PrimaryEntityName => Operation.PrimaryEntityName;

    /// <inheritdoc />
    public Guid? RequestId => Operation.RequestId;

    /// <inheritdoc />
    public string SecondaryEntityName => "none";

    /// <inheritdoc />
    public ParameterCollection SharedVariables => Operation.SharedVariables;

    /// <inheritdoc />
    public Guid UserId { get; internal set; }

    /// <inheritdoc />
    public IPluginExecutionContext ParentContext => Operation.ParentContext!;

    /// <inheritdoc />
    public int Stage { get; }

    internal OperationState Operation { get; }
}
