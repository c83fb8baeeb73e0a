using CrmJourney.LocalOrg.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>Reads request parameters, faulting with Dataverse's wording when a required one is missing or has the wrong type.</summary>
internal static class Parameters
{
    public static T Required<T>(ParameterCollection parameters, string name)
        where T : class
    {
        if (parameters.TryGetValue(name, out var value) && value is T typed)
        {
            return typed;
        }

        throw OrganizationFaults.InvalidArgument($"Required field '{name}' is missing or is not a {typeof(T).Name}.");
    }

    public static T? Optional<T>(ParameterCollection parameters, string name)
        where T : class =>
        parameters.TryGetValue(name, out var value) ? value as T : null;

    public static T? OptionalValue<T>(ParameterCollection parameters, string name)
        where T : struct =>
        parameters.TryGetValue(name, out var value) && value is T typed ? typed : null;
}
