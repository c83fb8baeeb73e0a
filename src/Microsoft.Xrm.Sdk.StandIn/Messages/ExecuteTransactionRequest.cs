namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs a batch of requests in one transaction: all succeed or none. A view over <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.Parameters"/>: equivalent to a generic request named "ExecuteTransaction" with the same parameters.</summary>
public sealed class ExecuteTransactionRequest : OrganizationRequest
{
    /// <summary>A ExecuteTransaction request with its parameters present and empty.</summary>
    public ExecuteTransactionRequest()
    {
        RequestName = "ExecuteTransaction";
        Requests = null;
    }

    /// <summary>The requests, in order. Parameter "Requests".</summary>
    public OrganizationRequestCollection Requests
    {
        get => GetParameter<OrganizationRequestCollection>("Requests");
        set => Parameters["Requests"] = value;
    }

    /// <summary>Whether to return the responses. Parameter "ReturnResponses".</summary>
    public bool? ReturnResponses
    {
        get => GetParameter<bool?>("ReturnResponses");
        set => Parameters["ReturnResponses"] = value;
    }
}
