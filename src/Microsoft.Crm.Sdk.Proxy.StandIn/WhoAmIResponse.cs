using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The result of WhoAmI. Typed properties read <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
public sealed class WhoAmIResponse : OrganizationResponse
{
    /// <summary>An empty response; the service fills <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
    public WhoAmIResponse()
    {
    }

    /// <summary>The calling user. Result "UserId"; default when absent.</summary>
    public Guid UserId => this.GetResult<Guid>("UserId");

    /// <summary>The user's business unit. Result "BusinessUnitId"; default when absent.</summary>
    public Guid BusinessUnitId => this.GetResult<Guid>("BusinessUnitId");

    /// <summary>The organization. Result "OrganizationId"; default when absent.</summary>
    public Guid OrganizationId => this.GetResult<Guid>("OrganizationId");
}
