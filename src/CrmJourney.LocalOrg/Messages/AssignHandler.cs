using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Metadata;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>Assign: gives Target's row to Assignee (a user or team) by setting ownerid.</summary>
public sealed class AssignHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "Assign";

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
        var assignee = Parameters.Required<EntityReference>(execution.InputParameters, "Assignee");
        if (execution.Store.Table(target.LogicalName).Definition.Ownership != TableOwnership.UserOrTeam)
        {
            throw OrganizationFaults.InvalidArgument($"'{target.LogicalName}' is organization-owned: its rows cannot be assigned.");
        }

        execution.Rows.Update(new Entity(target.LogicalName, References.Resolve(execution, target)) { [SystemColumns.OwnerId] = assignee });
        return execution.Respond(new AssignResponse());
    }
}
