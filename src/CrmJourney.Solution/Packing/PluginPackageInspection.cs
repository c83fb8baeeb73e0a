using System.Collections.Generic;

namespace CrmJourney.Solution.Packing;

/// <summary>
/// What <see cref="PluginPackageInspector"/> found in a plugin package: whether Dataverse can run it
/// and, when not, the sentence that says why and how to fix it; plus the plugin assembly's references.
/// </summary>
public sealed record PluginPackageInspection(bool IsDeployable, string Verdict, IReadOnlyList<string> References);
