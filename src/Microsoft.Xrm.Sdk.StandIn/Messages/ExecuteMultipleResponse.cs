namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The result of ExecuteMultiple: one item per returned response or fault. Typed properties read <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
public sealed class ExecuteMultipleResponse : OrganizationResponse
{
    /// <summary>An empty response; the service fills <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
    public ExecuteMultipleResponse()
    {
    }

    /// <summary>Whether any request failed. Result "IsFaulted"; default when absent.</summary>
    public bool IsFaulted => GetResult<bool>("IsFaulted");

    /// <summary>The items, by request index. Result "Responses"; default when absent.</summary>
    public ExecuteMultipleResponseItemCollection Responses => GetResult<ExecuteMultipleResponseItemCollection>("Responses");
}
