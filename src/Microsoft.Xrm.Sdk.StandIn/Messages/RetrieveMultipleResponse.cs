namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The result of RetrieveMultiple. Typed properties read <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
public sealed class RetrieveMultipleResponse : OrganizationResponse
{
    /// <summary>An empty response; the service fills <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
    public RetrieveMultipleResponse()
    {
    }

    /// <summary>The page of results. Result "EntityCollection"; default when absent.</summary>
    public EntityCollection EntityCollection => GetResult<EntityCollection>("EntityCollection");
}
