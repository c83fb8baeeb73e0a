using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>
/// CreateMultiple: creates every target of one table, all or nothing; each item runs the Create steps
/// (as Dataverse merges Create and CreateMultiple pipelines). Returns the ids in order.
/// </summary>
public sealed class CreateMultipleHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "CreateMultiple";

    /// <inheritdoc />
    public MessageTarget Describe(OrganizationRequest request) =>
        new(BulkItems.TableOf(Parameters.Optional<EntityCollection>(request.Parameters, "Targets"), MessageName), System.Guid.Empty);

    /// <inheritdoc />
    public OrganizationResponse Execute(MessageExecution execution)
    {
        var targets = BulkItems.Targets(execution.InputParameters, MessageName);
        var ids = targets.Entities
            .Select(target => ((CreateResponse)execution.ExecuteChild(new CreateRequest { Target = target }, count: false)).id)
            .ToArray();
        execution.OutputParameters["Ids"] = ids;
        return execution.Respond(new CreateMultipleResponse());
    }
}
