using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The result of SendEmail. Typed properties read <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
public sealed class SendEmailResponse : OrganizationResponse
{
    /// <summary>An empty response; the service fills <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
    public SendEmailResponse()
    {
    }

    /// <summary>The subject as sent, with the tracking token. Result "Subject"; default when absent.</summary>
    public string Subject => this.GetResult<string>("Subject");
}
