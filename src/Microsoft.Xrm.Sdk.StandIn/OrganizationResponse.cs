using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The result of a message: a name and named results. Typed responses read fixed keys of
/// <see cref="Results"/> (e.g. CreateResponse.id reads "id"), so a service can answer any request
/// with a generic response carrying the right keys.
/// </summary>
public class OrganizationResponse : IExtensibleDataObject
{
    private ParameterCollection _results = new();

    /// <summary>An empty response.</summary>
    public OrganizationResponse()
    {
    }

    /// <summary>The message name, e.g. "Create".</summary>
    public string ResponseName { get; set; }

    /// <summary>The named results; setting null keeps an empty collection.</summary>
    public ParameterCollection Results
    {
        get => _results;
        set => _results = value ?? new ParameterCollection();
    }

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Reads or writes a result; reading a missing one throws <see cref="System.Collections.Generic.KeyNotFoundException"/>.</summary>
    public object this[string parameterName]
    {
        get => Results[parameterName];
        set => Results[parameterName] = value;
    }

    internal T GetResult<T>(string name) =>
        Results.TryGetValue(name, out var value) && value != null ? (T)value : default;
}
