using System;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The result of CreateMultiple. Typed properties read <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
public sealed class CreateMultipleResponse : OrganizationResponse
{
    /// <summary>An empty response; the service fills <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
    public CreateMultipleResponse()
    {
    }

    /// <summary>The new ids, in the order of the targets. Result "Ids"; default when absent.</summary>
    public Guid[] Ids => GetResult<Guid[]>("Ids");
}
