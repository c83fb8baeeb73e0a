using System;
using System.Collections.Generic;

namespace CrmJourney.Plugins.Registration;

/// <summary>
/// One validated custom API declaration read from a <see cref="CustomApiAttribute"/>: the API's
/// unique name, the plugin class that is its main operation and the plugin type id the solution's
/// customapi.xml refers to. Immutable.
/// </summary>
public sealed class CustomApiRegistration
{
    private CustomApiRegistration(Type pluginType, Guid pluginTypeId, CustomApiAttribute api)
    {
        PluginType = pluginType;
        PluginTypeId = pluginTypeId;
        UniqueName = api.UniqueName;
        BoundTable = api.BoundTable;
        IsFunction = api.IsFunction;
        Description = api.Description;
        ExecutePrivilegeName = string.IsNullOrEmpty(api.ExecutePrivilegeName) ? null : api.ExecutePrivilegeName;
    }

    /// <summary>The plugin class that runs as the API's main operation.</summary>
    public Type PluginType { get; }

    /// <summary>The plugin type id customapi.xml names.</summary>
    public Guid PluginTypeId { get; }

    /// <summary>The API's unique name: the message name of its requests.</summary>
    public string UniqueName { get; }

    /// <summary>The bound table, or null for an unbound API.</summary>
    public string? BoundTable { get; }

    /// <summary>True for a function, false for an action.</summary>
    public bool IsFunction { get; }

    /// <summary>The privilege a caller needs to run the API, or null when any user may.</summary>
    public string? ExecutePrivilegeName { get; }

    /// <summary>What the API does.</summary>
    public string? Description { get; }

    /// <summary>Validates one declaration, adding a sentence per problem; null when unusable.</summary>
    internal static CustomApiRegistration? TryCreate(Type pluginType, CustomApiAttribute api, ICollection<string> problems)
    {
        var where = $"{pluginType.FullName}, custom API {api.UniqueName}";
        var count = problems.Count;
        if (string.IsNullOrWhiteSpace(api.UniqueName))
        {
            problems.Add($"{where}: the unique name is blank; use the name in solution-package/src/customapis, such as \"cjp_RunNurtureSweep\".");
        }

        if (!Guid.TryParse(api.PluginTypeId, out var id) || id == Guid.Empty)
        {
            problems.Add($"{where}: PluginTypeId \"{api.PluginTypeId}\" is not a Guid; copy the <plugintypeid> of the API's customapi.xml.");
        }

        return problems.Count == count ? new CustomApiRegistration(pluginType, id, api) : null;
    }
}
