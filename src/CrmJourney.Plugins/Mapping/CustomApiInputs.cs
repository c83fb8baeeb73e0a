using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Mapping;

/// <summary>Reads a custom API's optional request parameters; one of the wrong type is refused with the type it must have.</summary>
internal static class CustomApiInputs
{
    /// <summary>The parameter <paramref name="name"/> of <paramref name="api"/>, or the default when absent or null.</summary>
    public static T? Read<T>(ParameterCollection inputs, string name, string api, string expected)
    {
        if (!inputs.Contains(name) || inputs[name] is null)
        {
            return default;
        }

        return inputs[name] is T value
            ? value
            : throw new InvalidPluginExecutionException($"The {name} parameter of {api} must be {expected}; it was {inputs[name]}.");
    }
}
