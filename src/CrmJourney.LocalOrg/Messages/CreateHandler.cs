using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>
/// Create: inserts the Target row (with the given id if any) and returns its id in OutputParameters["id"],
/// which PostOperation steps read as Dataverse's do. Rows in Target.RelatedEntities are created with it,
/// in the same transaction and request (<see cref="DeepInsert"/>).
/// </summary>
public sealed class CreateHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "Create";

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
        var related = DeepInsert.Plan(target, execution.Store.Catalog);
        DeepInsert.CreateReferenced(execution, target, related);
        var id = execution.Rows.Create(target);
        execution.SetPrimaryEntityId(id);
        DeepInsert.CreateReferencing(execution, target.LogicalName, id, related);
        execution.OutputParameters["id"] = id;
        return execution.Respond(new CreateResponse());
    }
}
