using CrmJourney.LocalOrg.Metadata;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>
/// SetState: moves EntityMoniker's row to State with Status (-1 = the state's default reason); a reason
/// of another state faults.
/// </summary>
public sealed class SetStateHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "SetState";

    /// <inheritdoc />
    public MessageTarget Describe(OrganizationRequest request)
    {
        var target = Parameters.Required<EntityReference>(request.Parameters, "EntityMoniker");
        return new MessageTarget(target.LogicalName, target.Id);
    }

    /// <inheritdoc />
    public OrganizationResponse Execute(MessageExecution execution)
    {
        var target = Parameters.Required<EntityReference>(execution.InputParameters, "EntityMoniker");
        var state = Parameters.Required<OptionSetValue>(execution.InputParameters, "State");
        var status = Parameters.Optional<OptionSetValue>(execution.InputParameters, "Status");
        var update = new Entity(target.LogicalName, References.Resolve(execution, target)) { [SystemColumns.StateCode] = new OptionSetValue(state.Value) };
        if (status != null && status.Value != -1)
        {
            update[SystemColumns.StatusCode] = new OptionSetValue(status.Value);
        }

        execution.Rows.Update(update);
        return execution.Respond(new SetStateResponse());
    }
}
