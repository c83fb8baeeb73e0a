namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The result of ExecuteTransaction. Typed properties read <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
public sealed class ExecuteTransactionResponse : OrganizationResponse
{
    /// <summary>An empty response; the service fills <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
    public ExecuteTransactionResponse()
    {
    }

    /// <summary>The responses, in request order, when asked for. Result "Responses"; default when absent.</summary>
    public OrganizationResponseCollection Responses => GetResult<OrganizationResponseCollection>("Responses");
}
