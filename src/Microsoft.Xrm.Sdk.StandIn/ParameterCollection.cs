namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The named values of a request (<see cref="OrganizationRequest.Parameters"/>), a response
/// (<see cref="OrganizationResponse.Results"/>) or a plugin context (InputParameters, OutputParameters,
/// SharedVariables). Typed requests and responses are views over these entries.
/// </summary>
public sealed class ParameterCollection : DataCollection<string, object>
{
    /// <summary>Sets the entry when <paramref name="value"/> is not null; a null value leaves the collection unchanged.</summary>
    public void AddOrUpdateIfNotNull(string key, object value)
    {
        if (value != null)
        {
            this[key] = value;
        }
    }

    /// <summary>Reads an entry as <typeparamref name="T"/>; false when it is absent or of another type.</summary>
    public bool TryGetValue<T>(string key, out T value)
    {
        if (TryGetValue(key, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }
}
