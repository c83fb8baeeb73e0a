using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>Delete: removes the row (lookups pointing at it are cleared); a missing row faults.</summary>
public sealed class DeleteHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "Delete";

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
        execution.Rows.Delete(target.LogicalName, References.Resolve(execution, target));
        return execution.Respond(new DeleteResponse());
    }
}
