using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Sends a draft email activity (the partner digest). A view over <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.Parameters"/>: equivalent to a generic request named "SendEmail" with the same parameters.</summary>
public sealed class SendEmailRequest : OrganizationRequest
{
    /// <summary>A SendEmail request with its parameters present and empty.</summary>
    public SendEmailRequest()
    {
        RequestName = "SendEmail";
        EmailId = default;
        IssueSend = default;
        TrackingToken = null;
    }

    /// <summary>The email activity to send. Parameter "EmailId".</summary>
    public Guid EmailId
    {
        get => this.GetParameter<Guid>("EmailId");
        set => Parameters["EmailId"] = value;
    }

    /// <summary>True to send; false to only mark it sent. Parameter "IssueSend".</summary>
    public bool IssueSend
    {
        get => this.GetParameter<bool>("IssueSend");
        set => Parameters["IssueSend"] = value;
    }

    /// <summary>The tracking token to put in the subject, if any. Parameter "TrackingToken".</summary>
    public string TrackingToken
    {
        get => this.GetParameter<string>("TrackingToken");
        set => Parameters["TrackingToken"] = value;
    }
}
