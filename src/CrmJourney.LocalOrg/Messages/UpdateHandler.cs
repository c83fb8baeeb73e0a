using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>Update: writes the columns present in Target (by id or alternate key); a missing row faults.</summary>
public sealed class UpdateHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "Update";

    /// <inheritdoc />
    public MessageTarget Describe(OrganizationRequest request)
    {
        var target = Parameters.Required<Entity>(request.Parameters, "Target");
        return new MessageTarget(target.LogicalName, target.Id);
    }

    /// <inheritdoc />
    public OrganizationResponse Execute(MessageExecution execution)
    {
        var target = Parameters.Required<Entity>(execution.InputParameters, "Target");
        execution.SetPrimaryEntityId(execution.Rows.Update(target));
        return execution.Respond(new UpdateResponse());
    }
}
