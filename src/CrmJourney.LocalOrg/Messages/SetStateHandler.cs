using CrmJourney.LocalOrg.Metadata;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>
/// SetState: moves EntityMoniker's row to State with Status (-1 = the state's default reason); a reason
/// of another state faults. Steps registered on SetState run around the operation, and the change itself
/// runs as an Update of statecode (and statuscode when given) through the Update pipeline, so Update steps
/// filtered on either column fire with a Target holding just those columns, exactly as when a client
/// updates them directly. That is current Dataverse's behaviour: SetStateRequest is a deprecated
/// specialised message for an update of StateCode and StatusCode, and Update steps execute for the
/// state/status fields (Microsoft Learn, "Behavior of specialized update operations",
/// https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior).
/// The inner Update is part of the one SetState request: it is not counted again and faults are not
/// injected into it.
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

        execution.ExecuteChild(new UpdateRequest { Target = update }, count: false);
        return execution.Respond(new SetStateResponse());
    }
}
