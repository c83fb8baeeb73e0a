using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CrmJourney.Solution.Packing;

/// <summary>
/// Looks inside a plugin package (.nupkg) before it is shipped. Dataverse's sandbox runs .NET
/// Framework 4.6.2, so the package needs <c>lib/net462/&lt;assembly&gt;.dll</c>; that assembly must
/// reference the real Microsoft.Xrm.Sdk — a build made with the default stand-in SDK references
/// Microsoft.Xrm.Sdk.StandIn, which does not exist in Dataverse, and fails at the first plugin call —
/// and every non-framework assembly it references must travel next to it in lib/net462.
/// </summary>
public static class PluginPackageInspector
{
    /// <summary>The assembly name of the compile-time SDK stand-in (src/Microsoft.Xrm.Sdk.StandIn).</summary>
    public const string StandInAssemblyName = "Microsoft.Xrm.Sdk.StandIn";

    private const string FrameworkFolder = "lib/net462/";

    // Provided by Dataverse or the .NET Framework: never packaged.
    private static readonly string[] _providedPrefixes = { "mscorlib", "System", "netstandard", "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy", "Microsoft.CSharp", "Microsoft.VisualBasic" };

    /// <summary>Inspects the package at <paramref name="nupkgPath"/> whose plugin assembly is <paramref name="assemblyName"/>.</summary>
    public static PluginPackageInspection Inspect(string nupkgPath, string assemblyName)
    {
        ArgumentNullException.ThrowIfNull(nupkgPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(assemblyName);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(nupkgPath);
        }
        catch (IOException e)
        {
            return Refused($"The plugin package {nupkgPath} cannot be read ({e.Message}); check the path.");
        }

        Dictionary<string, byte[]> libraries;
        try
        {
            libraries = FrameworkLibraries(bytes);
        }
        catch (InvalidDataException)
        {
            return Refused($"{nupkgPath} is not a NuGet package (not a zip file); pass the .nupkg that 'dotnet pack' wrote.");
        }

        if (!libraries.TryGetValue(assemblyName + ".dll", out var plugin))
        {
            return Refused($"{nupkgPath} has no {FrameworkFolder}{assemblyName}.dll; Dataverse's sandbox runs .NET Framework 4.6.2, so pack the net462 build.");
        }

        var references = References(plugin);
        if (references.Contains(StandInAssemblyName, StringComparer.OrdinalIgnoreCase))
        {
            return Refused($"{nupkgPath} is NOT deployable: {assemblyName}.dll was built against the SDK stand-in (it references {StandInAssemblyName}, which Dataverse does not have); rebuild and pack with -p:XrmSdk=NuGet.", references);
        }

        if (!references.Contains("Microsoft.Xrm.Sdk", StringComparer.OrdinalIgnoreCase))
        {
            return Refused($"{nupkgPath} is NOT deployable: {assemblyName}.dll does not reference Microsoft.Xrm.Sdk; rebuild and pack with -p:XrmSdk=NuGet.", references);
        }

        var missing = references
            .Where(r => !_providedPrefixes.Any(p => r.Equals(p, StringComparison.OrdinalIgnoreCase) || r.StartsWith(p + ".", StringComparison.OrdinalIgnoreCase)))
            .Where(r => !libraries.ContainsKey(r + ".dll"))
            .ToList();
        if (missing.Count > 0)
        {
            return Refused($"{nupkgPath} is NOT deployable: {assemblyName}.dll needs {string.Join(", ", missing.Select(m => m + ".dll"))}, missing from {FrameworkFolder}; pack the dependent assemblies with the plugin (see solution-package/README.md).", references);
        }

        return new PluginPackageInspection(true, $"{nupkgPath} carries {assemblyName}.dll for net462, built against Microsoft.Xrm.Sdk, with its dependent assemblies.", references);
    }

    /// <summary>The bytes of <c>lib/net462/&lt;fileName&gt;</c> in the package, or null when it has none.</summary>
    public static byte[]? ReadFrameworkAssembly(byte[] nupkg, string fileName)
    {
        ArgumentNullException.ThrowIfNull(nupkg);
        try
        {
            return FrameworkLibraries(nupkg).GetValueOrDefault(fileName);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static Dictionary<string, byte[]> FrameworkLibraries(byte[] nupkg)
    {
        using var zip = new ZipArchive(new MemoryStream(nupkg), ZipArchiveMode.Read);
        var libraries = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(FrameworkFolder, StringComparison.OrdinalIgnoreCase) && e.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            libraries[entry.Name] = copy.ToArray();
        }

        return libraries;
    }

    private static List<string> References(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static PluginPackageInspection Refused(string verdict, IReadOnlyList<string>? references = null) =>
        new(false, verdict, references ?? Array.Empty<string>());
}
