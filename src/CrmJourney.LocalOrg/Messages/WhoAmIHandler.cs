using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>WhoAmI: the calling user, its business unit and the organization.</summary>
public sealed class WhoAmIHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "WhoAmI";

    /// <inheritdoc />
    public MessageTarget Describe(OrganizationRequest request) => MessageTarget.None;

    /// <inheritdoc />
    public OrganizationResponse Execute(MessageExecution execution)
    {
        execution.OutputParameters["UserId"] = execution.UserId;
        execution.OutputParameters["BusinessUnitId"] = execution.Organization.BusinessUnitId;
        execution.OutputParameters["OrganizationId"] = execution.Organization.OrganizationId;
        return execution.Respond(new WhoAmIResponse());
    }
}
