namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The result of Update (no values). Typed properties read <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
public sealed class UpdateResponse : OrganizationResponse
{
    /// <summary>An empty response; the service fills <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
    public UpdateResponse()
    {
    }
}
