using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using CrmJourney.Solution.Xml;

namespace CrmJourney.Solution.Packing;

/// <summary>
/// Writes the zip Dataverse imports from an unpacked folder, as <c>pac solution pack</c> /
/// SolutionPackager lay it out: <c>[Content_Types].xml</c>, <c>solution.xml</c> (Other/Solution.xml),
/// <c>customizations.xml</c> (see <see cref="CustomizationsMerger"/>), and the folders that stay
/// separate files — <c>customapis/</c>, <c>pluginpackages/&lt;name&gt;/</c> with the package's .nupkg,
/// and each plugin assembly's dll under <c>PluginAssemblies/</c>. The zip is deterministic: fixed entry
/// order and a fixed timestamp, so packing the same folder twice gives identical bytes. Content it does
/// not know how to merge (forms, web resources, workflows…) is refused rather than silently dropped.
/// </summary>
public sealed class SolutionPacker
{
    /// <summary>The timestamp of every entry: the earliest a zip can record, so it never varies.</summary>
    public static readonly DateTimeOffset EntryTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Packs <paramref name="solutionFolder"/> into <paramref name="output"/>. The plugin package is
    /// <paramref name="pluginPackagePath"/> when given, else the .nupkg already in the folder, else none.
    /// Throws <see cref="InvalidDataException"/> for content it cannot pack.
    /// </summary>
    public PackResult Pack(string solutionFolder, Stream output, string? pluginPackagePath = null)
    {
        ArgumentNullException.ThrowIfNull(solutionFolder);
        ArgumentNullException.ThrowIfNull(output);
        var entries = Plan(solutionFolder, pluginPackagePath, out var packageSource, out var assemblySource);
        var names = entries.Keys.ToList();
        var ordered = new List<KeyValuePair<string, Func<byte[]>>>
        {
            new(ContentTypes.EntryName, () => XmlFiles.ToBytes(ContentTypes.For(names))),
        };
        ordered.AddRange(entries.OrderBy(e => Rank(e.Key)).ThenBy(e => e.Key, StringComparer.Ordinal));

        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in ordered)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTimestamp;
                using var stream = entry.Open();
                stream.Write(content());
            }
        }

        return new PackResult(ordered.Select(e => e.Key).ToList().AsReadOnly(), packageSource, assemblySource);
    }

    /// <summary>Packs into the file <paramref name="zipPath"/>, replacing it only once the whole zip is written.</summary>
    public PackResult PackToFile(string solutionFolder, string zipPath, string? pluginPackagePath = null)
    {
        ArgumentNullException.ThrowIfNull(zipPath);
        var temporary = zipPath + ".partial";
        try
        {
            PackResult result;
            using (var file = File.Create(temporary))
            {
                result = Pack(solutionFolder, file, pluginPackagePath);
            }

            File.Move(temporary, zipPath, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static int Rank(string entryName) => entryName switch
    {
        "solution.xml" => 0,
        "customizations.xml" => 1,
        _ => 2,
    };

    private static Dictionary<string, Func<byte[]>> Plan(string solutionFolder, string? pluginPackagePath, out string? packageSource, out string? assemblySource)
    {
        var root = Path.GetFullPath(solutionFolder);
        if (!Directory.Exists(root))
        {
            throw new InvalidDataException($"The folder {solutionFolder} does not exist.");
        }

        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => SolutionPaths.Relative(root, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        // A web resource's content travels only with its registration (<name>.data.xml) beside it.
        var registered = files.Where(f => f.EndsWith(".data.xml", StringComparison.OrdinalIgnoreCase)).Select(f => f[..^".data.xml".Length]).ToHashSet(StringComparer.Ordinal);
        var unsupported = files.Where(f => !IsMerged(f) && !(IsCopied(f) && (!IsWebResourceContent(f) || registered.Contains(f)))).ToList();
        if (unsupported.Count > 0)
        {
            throw new InvalidDataException($"This packer does not merge {string.Join(", ", unsupported.Take(5))}{(unsupported.Count > 5 ? $" and {unsupported.Count - 5} more" : string.Empty)}; pack this folder with 'pac solution pack' instead.");
        }

        var customizations = CustomizationsMerger.Merge(root);
        var entries = new Dictionary<string, Func<byte[]>>(StringComparer.Ordinal)
        {
            ["solution.xml"] = () => File.ReadAllBytes(SolutionPaths.Full(root, SolutionPaths.SolutionManifest)),
            ["customizations.xml"] = () => XmlFiles.ToBytes(customizations),
        };
        foreach (var file in files.Where(IsCopied))
        {
            entries[file] = () => File.ReadAllBytes(SolutionPaths.Full(root, file));
        }

        packageSource = AddPluginPackage(root, files, pluginPackagePath, entries, out var nupkgBytes);
        assemblySource = AddPluginAssemblyDlls(files, nupkgBytes, entries);
        return entries;
    }

    private static bool IsMerged(string path)
    {
        var parts = path.Split('/');
        var top = parts[0];
        return path is SolutionPaths.SolutionManifest or SolutionPaths.Customizations or "Other/Relationships.xml"
            || (path.StartsWith(SolutionPaths.RelationshipsFolder + "/", StringComparison.Ordinal) && parts.Length == 3 && IsXml(path))
            || (top == SolutionPaths.EntitiesFolder && parts.Length == 3 && parts[2] == SolutionPaths.EntityFile)
            || (top == SolutionPaths.EntitiesFolder && parts.Length == 4 && parts[2] is SolutionPaths.SavedQueriesFolder or SolutionPaths.VisualizationsFolder && IsXml(path))
            || (top is SolutionPaths.OptionSetsFolder or SolutionPaths.RolesFolder or SolutionPaths.StepsFolder && parts.Length == 2 && IsXml(path))
            || (top == SolutionPaths.PluginAssembliesFolder && path.EndsWith(".dll.data.xml", StringComparison.OrdinalIgnoreCase))
            || IsAppComponent(path, parts);
    }

    // The app's files (src/CrmJourney.Solution/App): forms, dashboards, app modules, site maps, web resource registrations.
    private static bool IsAppComponent(string path, string[] parts) =>
        (parts[0] == SolutionPaths.EntitiesFolder && parts.Length == 5 && parts[2] == SolutionPaths.FormsFolder && IsXml(path))
        || (parts[0] == SolutionPaths.DashboardsFolder && parts.Length == 2 && IsXml(path))
        || (parts[0] == SolutionPaths.AppModulesFolder && parts.Length == 3 && parts[2] == "AppModule.xml")
        || (parts[0] == SolutionPaths.AppModuleSiteMapsFolder && parts.Length == 3 && parts[2] == "AppModuleSiteMap.xml")
        || (parts[0] == SolutionPaths.WebResourcesFolder && path.EndsWith(".data.xml", StringComparison.OrdinalIgnoreCase));

    private static bool IsCopied(string path)
    {
        var top = path.Split('/')[0];
        return top is SolutionPaths.CustomApisFolder or SolutionPaths.PluginPackagesFolder
            || (top == SolutionPaths.PluginAssembliesFolder && path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            || IsWebResourceContent(path);
    }

    private static bool IsWebResourceContent(string path) =>
        path.StartsWith(SolutionPaths.WebResourcesFolder + "/", StringComparison.Ordinal) && !path.EndsWith(".data.xml", StringComparison.OrdinalIgnoreCase);

    private static bool IsXml(string path) => path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);

    // The .nupkg goes to pluginpackages/<name>/package/<name>.nupkg, <name> from pluginpackage.xml's folder.
    private static string? AddPluginPackage(string root, List<string> files, string? pluginPackagePath, Dictionary<string, Func<byte[]>> entries, out byte[]? nupkgBytes)
    {
        nupkgBytes = null;
        var manifest = files.FirstOrDefault(f => f.StartsWith(SolutionPaths.PluginPackagesFolder + "/", StringComparison.Ordinal) && f.EndsWith("/pluginpackage.xml", StringComparison.Ordinal));
        if (manifest == null)
        {
            if (pluginPackagePath != null)
            {
                throw new InvalidDataException($"The folder has no {SolutionPaths.PluginPackagesFolder}/<name>/pluginpackage.xml to put the plugin package under; run 'cjp solution sync' first.");
            }

            return null;
        }

        var name = manifest.Split('/')[1];
        var target = $"{SolutionPaths.PluginPackagesFolder}/{name}/package/{name}.nupkg";
        if (pluginPackagePath != null)
        {
            var bytes = File.ReadAllBytes(pluginPackagePath);
            nupkgBytes = bytes;
            entries[target] = () => bytes;
            return pluginPackagePath;
        }

        if (entries.ContainsKey(target))
        {
            nupkgBytes = File.ReadAllBytes(SolutionPaths.Full(root, target));
            return target;
        }

        return null;
    }

    // Each registered assembly's dll (FileName in its .dll.data.xml) comes from the folder, or from the
    // plugin package's lib/net462 — the same build, so the types the registration lists are in it.
    private static string? AddPluginAssemblyDlls(List<string> files, byte[]? nupkgBytes, Dictionary<string, Func<byte[]>> entries)
    {
        string? source = null;
        foreach (var registration in files.Where(f => f.StartsWith(SolutionPaths.PluginAssembliesFolder + "/", StringComparison.Ordinal) && f.EndsWith(".dll.data.xml", StringComparison.OrdinalIgnoreCase)))
        {
            var dll = registration[..^".data.xml".Length];
            if (entries.ContainsKey(dll))
            {
                source ??= dll;
                continue;
            }

            var fromPackage = nupkgBytes == null ? null : PluginPackageInspector.ReadFrameworkAssembly(nupkgBytes, Path.GetFileName(dll));
            if (fromPackage != null)
            {
                entries[dll] = () => fromPackage;
                source ??= $"{Path.GetFileName(dll)} from the plugin package";
            }
        }

        return source;
    }
}
