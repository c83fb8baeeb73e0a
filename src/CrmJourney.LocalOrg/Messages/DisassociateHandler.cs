using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>Disassociate: clears the lookup of a one-to-many relationship between Target and RelatedEntities.</summary>
public sealed class DisassociateHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "Disassociate";

    /// <inheritdoc />
    public MessageTarget Describe(OrganizationRequest request)
    {
        var target = Parameters.Required<EntityReference>(request.Parameters, "Target");
        return new MessageTarget(target.LogicalName, target.Id);
    }

    /// <inheritdoc />
    public OrganizationResponse Execute(MessageExecution execution)
    {
        Relationships.Apply(execution, associate: false);
        return execution.Respond(new DisassociateResponse());
    }
}
