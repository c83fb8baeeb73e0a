using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>
/// How the typed messages of this assembly read their request parameters and response results:
/// the value under the key, or default when the key is absent or null. Lives here because the real
/// Microsoft.Crm.Sdk.Proxy can see no internals of Microsoft.Xrm.Sdk, and neither may this stand-in.
/// </summary>
internal static class RequestParameters
{
    public static T GetParameter<T>(this OrganizationRequest request, string name) =>
        request.Parameters.TryGetValue(name, out var value) && value != null ? (T)value : default;

    public static T GetResult<T>(this OrganizationResponse response, string name) =>
        response.Results.TryGetValue(name, out var value) && value != null ? (T)value : default;
}
