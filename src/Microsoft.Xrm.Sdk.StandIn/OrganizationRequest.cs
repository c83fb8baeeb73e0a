using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// A message to the organization service: a name and named parameters. Typed requests
/// (CreateRequest, WinOpportunityRequest, …) are views over <see cref="Parameters"/> with fixed
/// keys, so a generic request with the same name and parameters is the same request.
/// </summary>
public class OrganizationRequest : IExtensibleDataObject
{
    private ParameterCollection _parameters = new();

    /// <summary>A request with no name yet.</summary>
    public OrganizationRequest()
    {
    }

    /// <summary>A request for the message <paramref name="requestName"/>.</summary>
    public OrganizationRequest(string requestName)
    {
        RequestName = requestName;
    }

    /// <summary>The message name, e.g. "Create".</summary>
    public string RequestName { get; set; }

    /// <summary>The request's parameters; setting null keeps an empty collection.</summary>
    public ParameterCollection Parameters
    {
        get => _parameters;
        set => _parameters = value ?? new ParameterCollection();
    }

    /// <summary>An optional id the caller chooses to correlate the request.</summary>
    public Guid? RequestId { get; set; }

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Reads or writes a parameter; reading a missing one throws <see cref="System.Collections.Generic.KeyNotFoundException"/>.</summary>
    public object this[string parameterName]
    {
        get => Parameters[parameterName];
        set => Parameters[parameterName] = value;
    }

    internal T GetParameter<T>(string name) =>
        Parameters.TryGetValue(name, out var value) && value != null ? (T)value : default;
}
