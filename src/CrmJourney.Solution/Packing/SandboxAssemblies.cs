using System;
using System.Collections.Generic;

namespace CrmJourney.Solution.Packing;

/// <summary>
/// The assemblies a classic plugin assembly may reference: those of .NET Framework 4.6.2 that plugins
/// use, and the two Dataverse SDK assemblies the platform loads itself. Dataverse stores only the plugin
/// assembly, so a reference to anything else (a NuGet package such as Newtonsoft.Json or System.ValueTuple,
/// another project's dll, the SDK stand-in) fails when the plugin first runs.
/// </summary>
public static class SandboxAssemblies
{
    private static readonly HashSet<string> _provided = new(StringComparer.OrdinalIgnoreCase)
    {
        "mscorlib", "System", "System.Core", "System.Data", "System.Xml", "System.Xml.Linq",
        "System.Runtime.Serialization", "System.ServiceModel", "System.Numerics", "System.Net.Http",
        "System.Security", "System.Configuration", "System.IdentityModel", "System.Transactions",
        "System.ComponentModel.DataAnnotations", "System.Runtime.Caching", "System.Web", "System.Drawing",
        "Microsoft.CSharp", "Microsoft.VisualBasic",
        "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy",
    };

    /// <summary>Whether the sandbox provides the assembly named <paramref name="assemblyName"/>.</summary>
    public static bool Provides(string assemblyName) => _provided.Contains(assemblyName ?? string.Empty);
}
