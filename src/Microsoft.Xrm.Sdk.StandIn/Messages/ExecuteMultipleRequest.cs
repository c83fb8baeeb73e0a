namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs a batch of independent requests (at most 1,000), each in its own transaction. Never used inside plugins. A view over <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.Parameters"/>: equivalent to a generic request named "ExecuteMultiple" with the same parameters.</summary>
public sealed class ExecuteMultipleRequest : OrganizationRequest
{
    /// <summary>A ExecuteMultiple request with its parameters present and empty.</summary>
    public ExecuteMultipleRequest()
    {
        RequestName = "ExecuteMultiple";
        Requests = null;
        Settings = null;
    }

    /// <summary>The requests, in order. Parameter "Requests".</summary>
    public OrganizationRequestCollection Requests
    {
        get => GetParameter<OrganizationRequestCollection>("Requests");
        set => Parameters["Requests"] = value;
    }

    /// <summary>Continue-on-error and return-responses settings. Parameter "Settings".</summary>
    public ExecuteMultipleSettings Settings
    {
        get => GetParameter<ExecuteMultipleSettings>("Settings");
        set => Parameters["Settings"] = value;
    }
}
