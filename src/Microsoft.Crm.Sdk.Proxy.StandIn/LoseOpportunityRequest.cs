using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Closes an opportunity as lost; the status reason tells why (this product maps it to "not now" or "no way"). A view over <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.Parameters"/>: equivalent to a generic request named "LoseOpportunity" with the same parameters.</summary>
public sealed class LoseOpportunityRequest : OrganizationRequest
{
    /// <summary>A LoseOpportunity request with its parameters present and empty.</summary>
    public LoseOpportunityRequest()
    {
        RequestName = "LoseOpportunity";
        OpportunityClose = null;
        Status = null;
    }

    /// <summary>The opportunityclose activity. Parameter "OpportunityClose".</summary>
    public Entity OpportunityClose
    {
        get => this.GetParameter<Entity>("OpportunityClose");
        set => Parameters["OpportunityClose"] = value;
    }

    /// <summary>The lost status reason. Parameter "Status".</summary>
    public OptionSetValue Status
    {
        get => this.GetParameter<OptionSetValue>("Status");
        set => Parameters["Status"] = value;
    }
}
