using CrmJourney.LocalOrg.Metadata;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>WinOpportunity: the open opportunity becomes Won (statecode 1) with the request's status reason (Won = 3 by default).</summary>
public sealed class WinOpportunityHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "Win";

    /// <inheritdoc />
    public string RequestName => "WinOpportunity";

    /// <inheritdoc />
    public MessageTarget Describe(OrganizationRequest request) => new(StandardTableNames.Opportunity, OpportunityClosing.TargetId(request));

    /// <inheritdoc />
    public OrganizationResponse Execute(MessageExecution execution)
    {
        OpportunityClosing.Close(execution, state: 1, "WinOpportunity");
        return execution.Respond(new WinOpportunityResponse());
    }
}
