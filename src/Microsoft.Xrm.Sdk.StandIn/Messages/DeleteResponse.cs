namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The result of Delete (no values). Typed properties read <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
public sealed class DeleteResponse : OrganizationResponse
{
    /// <summary>An empty response; the service fills <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
    public DeleteResponse()
    {
    }
}
