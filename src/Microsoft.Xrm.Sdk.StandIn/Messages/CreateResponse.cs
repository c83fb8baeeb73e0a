using System;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The result of Create. Typed properties read <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
public sealed class CreateResponse : OrganizationResponse
{
    /// <summary>An empty response; the service fills <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
    public CreateResponse()
    {
    }

    /// <summary>The new record's id. Result "id"; default when absent.</summary>
    public Guid id => GetResult<Guid>("id");
}
