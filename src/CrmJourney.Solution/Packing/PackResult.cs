using System.Collections.Generic;

namespace CrmJourney.Solution.Packing;

/// <summary>
/// What a pack wrote: the zip's entries in order, and where the plugin package (.nupkg) and the plugin
/// assembly's dll came from — null when the zip carries none, which makes it unimportable for a
/// solution whose steps and custom API need the plugins.
/// </summary>
public sealed record PackResult(IReadOnlyList<string> Entries, string? PluginPackageSource, string? PluginAssemblySource);
