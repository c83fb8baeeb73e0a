using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>Associate: sets the lookup of a one-to-many relationship between Target and RelatedEntities.</summary>
public sealed class AssociateHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "Associate";

    /// <inheritdoc />
    public MessageTarget Describe(OrganizationRequest request)
    {
        var target = Parameters.Required<EntityReference>(request.Parameters, "Target");
        return new MessageTarget(target.LogicalName, target.Id);
    }

    /// <inheritdoc />
    public OrganizationResponse Execute(MessageExecution execution)
    {
        Relationships.Apply(execution, associate: true);
        return execution.Respond(new AssociateResponse());
    }
}
