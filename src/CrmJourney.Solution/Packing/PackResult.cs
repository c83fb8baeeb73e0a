using System.Collections.Generic;

namespace CrmJourney.Solution.Packing;

/// <summary>
/// What a pack wrote: the zip's entries in order, and for each plugin assembly it carries (by entry name)
/// what its metadata says — the caller warns about references the sandbox does not provide.
/// </summary>
public sealed record PackResult(IReadOnlyList<string> Entries, IReadOnlyDictionary<string, PluginAssemblyInspection> PluginAssemblies);
