using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Closes an opportunity as won; the opportunityclose activity records the actual revenue and date. A view over <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.Parameters"/>: equivalent to a generic request named "WinOpportunity" with the same parameters.</summary>
public sealed class WinOpportunityRequest : OrganizationRequest
{
    /// <summary>A WinOpportunity request with its parameters present and empty.</summary>
    public WinOpportunityRequest()
    {
        RequestName = "WinOpportunity";
        OpportunityClose = null;
        Status = null;
    }

    /// <summary>The opportunityclose activity (its opportunityid names the opportunity). Parameter "OpportunityClose".</summary>
    public Entity OpportunityClose
    {
        get => this.GetParameter<Entity>("OpportunityClose");
        set => Parameters["OpportunityClose"] = value;
    }

    /// <summary>The won status reason. Parameter "Status".</summary>
    public OptionSetValue Status
    {
        get => this.GetParameter<OptionSetValue>("Status");
        set => Parameters["Status"] = value;
    }
}
