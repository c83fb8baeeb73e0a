using System;
using System.Collections.Generic;

namespace CrmJourney.Solution.Plugins;

/// <summary>
/// The fixed <c>PluginTypeId</c> of each plugin class. Ids that other solution files already point at
/// are pinned here (the custom APIs <c>cjp_RunNurtureSweep</c> and <c>cjp_InitializeJourney</c> name their plugins' ids in
/// their customapi.xml); every other class gets a name-based id, stable for as
/// long as the class keeps its full name.
/// </summary>
public static class PluginTypeIds
{
    /// <summary>The sweep plugin, the main operation of the custom API cjp_RunNurtureSweep.</summary>
    public const string RunNurtureSweepPlugin = "CrmJourney.Plugins.Sweep.RunNurtureSweepPlugin";

    /// <summary>The initialization plugin, the main operation of the custom API cjp_InitializeJourney.</summary>
    public const string InitializeJourneyPlugin = "CrmJourney.Plugins.Initialization.InitializeJourneyPlugin";

    private static readonly Dictionary<string, Guid> _pinned = new(StringComparer.Ordinal)
    {
        [RunNurtureSweepPlugin] = new Guid("15de3977-aa8d-46af-8b6e-1b7059c4ea2f"),
        [InitializeJourneyPlugin] = new Guid("8d0f3c52-6e1b-4f7a-9c35-2b4e7a91d6e0"),
    };

    /// <summary>The id of the plugin class named <paramref name="typeFullName"/>.</summary>
    public static Guid For(string typeFullName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeFullName);
        return _pinned.TryGetValue(typeFullName, out var id) ? id : DeterministicGuid.From("plugintype:" + typeFullName);
    }
}
