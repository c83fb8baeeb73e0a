using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>
/// Upsert: updates the row Target designates (by id or alternate key) if it exists, otherwise creates it
/// (with the key values as columns). The inner Create or Update runs its own steps, as in Dataverse.
/// RecordCreated tells which happened; Target returns the row's reference.
/// </summary>
public sealed class UpsertHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "Upsert";

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
        var existing = execution.Rows.ResolveId(target.LogicalName, target.Id, target.KeyAttributes);
        var exists = existing != Guid.Empty && execution.Store.Table(target.LogicalName).Contains(existing);
        Guid id;
        if (exists)
        {
            var update = new Entity(target.LogicalName, existing);
            foreach (var pair in target.Attributes)
            {
                update[pair.Key] = pair.Value;
            }

            execution.ExecuteChild(new UpdateRequest { Target = update }, count: false);
            id = existing;
        }
        else
        {
            var create = new Entity(target.LogicalName, target.Id);
            foreach (var pair in target.KeyAttributes)
            {
                create[pair.Key] = pair.Value;
            }

            foreach (var pair in target.Attributes)
            {
                create[pair.Key] = pair.Value;
            }

            id = ((CreateResponse)execution.ExecuteChild(new CreateRequest { Target = create }, count: false)).id;
        }

        execution.SetPrimaryEntityId(id);
        execution.OutputParameters["RecordCreated"] = !exists;
        execution.OutputParameters["Target"] = new EntityReference(target.LogicalName, id);
        return execution.Respond(new UpsertResponse());
    }
}
