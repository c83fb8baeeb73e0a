namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The result of Retrieve. Typed properties read <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
public sealed class RetrieveResponse : OrganizationResponse
{
    /// <summary>An empty response; the service fills <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
    public RetrieveResponse()
    {
    }

    /// <summary>The record read. Result "Entity"; default when absent.</summary>
    public Entity Entity => GetResult<Entity>("Entity");
}
