using System.Collections.Generic;

namespace CrmJourney.Solution.Packing;

/// <summary>
/// What <see cref="PluginAssemblyInspector"/> read from a built plugin assembly's metadata: its full name
/// (strong name included), the full names of the types it defines, and the names of the assemblies it
/// references, of which <see cref="UnavailableReferences"/> are those Dataverse's sandbox does not provide.
/// </summary>
public sealed record PluginAssemblyInspection(
    string FullName,
    IReadOnlySet<string> DefinedTypes,
    IReadOnlyList<string> References,
    IReadOnlyList<string> UnavailableReferences);
