using System;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>
/// What every step of one message execution shares: the request's parameters (the Target pre-stages
/// may change), the outputs, the shared variables, the primary row, the depth and the users.
/// </summary>
internal sealed class OperationState
{
    private ParameterCollection? _sharedVariables;

    public required string MessageName { get; init; }

    public required string PrimaryEntityName { get; init; }

    public Guid PrimaryEntityId { get; set; }

    public required ParameterCollection InputParameters { get; init; }

    public ParameterCollection OutputParameters { get; } = new();

    public ParameterCollection SharedVariables => _sharedVariables ??= new ParameterCollection();

    public required int Depth { get; init; }

    public required Guid UserId { get; init; }

    public required Guid InitiatingUserId { get; init; }

    public required Guid CorrelationId { get; init; }

    public required DateTime OperationCreatedOn { get; init; }

    public required Guid OrganizationId { get; init; }

    public required string OrganizationName { get; init; }

    public required Guid BusinessUnitId { get; init; }

    public Guid? RequestId { get; init; }

    public IPluginExecutionContext? ParentContext { get; init; }
}
