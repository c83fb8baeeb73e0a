using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Asks who the calling user is. A view over <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.Parameters"/>: equivalent to a generic request named "WhoAmI" with the same parameters.</summary>
public sealed class WhoAmIRequest : OrganizationRequest
{
    /// <summary>A WhoAmI request with its parameters present and empty.</summary>
    public WhoAmIRequest()
    {
        RequestName = "WhoAmI";
    }
}
