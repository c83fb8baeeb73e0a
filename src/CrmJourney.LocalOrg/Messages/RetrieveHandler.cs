using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>
/// Retrieve: one row with the requested columns plus its id (never columns without a value), by id or
/// alternate key; a missing row faults with ObjectDoesNotExist.
/// </summary>
public sealed class RetrieveHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "Retrieve";

    /// <inheritdoc />
    public MessageTarget Describe(OrganizationRequest request)
    {
        var target = Parameters.Required<EntityReference>(request.Parameters, "Target");
        return new MessageTarget(target.LogicalName, target.Id);
    }

    /// <inheritdoc />
    public OrganizationResponse Execute(MessageExecution execution)
    {
        var target = Parameters.Required<EntityReference>(execution.InputParameters, "Target");
        var columns = Parameters.Required<ColumnSet>(execution.InputParameters, "ColumnSet");
        var id = References.Resolve(execution, target);
        execution.OutputParameters["Entity"] = execution.Rows.Retrieve(target.LogicalName, id, columns);
        return execution.Respond(new RetrieveResponse());
    }
}
