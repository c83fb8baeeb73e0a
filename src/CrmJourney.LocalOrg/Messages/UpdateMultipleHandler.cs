using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>UpdateMultiple: updates every target of one table, all or nothing; each item runs the Update steps.</summary>
public sealed class UpdateMultipleHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "UpdateMultiple";

    /// <inheritdoc />
    public MessageTarget Describe(OrganizationRequest request) =>
        new(BulkItems.TableOf(Parameters.Optional<EntityCollection>(request.Parameters, "Targets"), MessageName), System.Guid.Empty);

    /// <inheritdoc />
    public OrganizationResponse Execute(MessageExecution execution)
    {
        foreach (var target in BulkItems.Targets(execution.InputParameters, MessageName).Entities)
        {
            execution.ExecuteChild(new UpdateRequest { Target = target }, count: false);
        }

        return execution.Respond(new UpdateMultipleResponse());
    }
}
