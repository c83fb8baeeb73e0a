using CrmJourney.LocalOrg.Metadata;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>LoseOpportunity: the open opportunity becomes Lost (statecode 2) with the request's status reason (Canceled 4 or Out-Sold 5).</summary>
public sealed class LoseOpportunityHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "Lose";

    /// <inheritdoc />
    public string RequestName => "LoseOpportunity";

    /// <inheritdoc />
    public MessageTarget Describe(OrganizationRequest request) => new(StandardTableNames.Opportunity, OpportunityClosing.TargetId(request));

    /// <inheritdoc />
    public OrganizationResponse Execute(MessageExecution execution)
    {
        OpportunityClosing.Close(execution, state: 2, "LoseOpportunity");
        return execution.Respond(new LoseOpportunityResponse());
    }
}
