using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using CrmJourney.Solution.Xml;

namespace CrmJourney.Solution.Packing;

/// <summary>
/// Writes the zip Dataverse imports from an unpacked folder, as <c>pac solution pack</c> /
/// SolutionPackager lay it out: <c>[Content_Types].xml</c>, <c>solution.xml</c> (Other/Solution.xml),
/// <c>customizations.xml</c> (see <see cref="CustomizationsMerger"/>), and the files that stay separate —
/// <c>customapis/</c> and each plugin assembly's dll at the path its <c>.dll.data.xml</c> names under
/// <c>PluginAssemblies/</c>. The dll must be the build the registration describes (same full name, strong
/// name included, and every plugin type it lists), or the pack is refused. The zip is deterministic: fixed
/// entry order and a fixed timestamp, so packing the same folder twice gives identical bytes. Content it
/// does not know how to merge (forms, web resources, workflows…) is refused rather than silently dropped.
/// </summary>
public sealed class SolutionPacker
{
    /// <summary>The timestamp of every entry: the earliest a zip can record, so it never varies.</summary>
    public static readonly DateTimeOffset EntryTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Packs <paramref name="solutionFolder"/> into <paramref name="output"/>. Each plugin assembly's dll is
    /// the one in the folder next to its registration when there is one, else
    /// <paramref name="pluginAssemblyPath"/> (the built assembly). Throws <see cref="InvalidDataException"/>
    /// for content it cannot pack, a missing dll, or a dll that is not the build its registration describes.
    /// </summary>
    public PackResult Pack(string solutionFolder, Stream output, string? pluginAssemblyPath = null)
    {
        ArgumentNullException.ThrowIfNull(solutionFolder);
        ArgumentNullException.ThrowIfNull(output);
        var entries = Plan(solutionFolder, pluginAssemblyPath, out var assemblies);
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

        return new PackResult(ordered.Select(e => e.Key).ToList().AsReadOnly(), assemblies);
    }

    /// <summary>Packs into the file <paramref name="zipPath"/>, replacing it only once the whole zip is written.</summary>
    public PackResult PackToFile(string solutionFolder, string zipPath, string? pluginAssemblyPath = null)
    {
        ArgumentNullException.ThrowIfNull(zipPath);
        var temporary = zipPath + ".partial";
        try
        {
            PackResult result;
            using (var file = File.Create(temporary))
            {
                result = Pack(solutionFolder, file, pluginAssemblyPath);
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

    private static Dictionary<string, Func<byte[]>> Plan(string solutionFolder, string? pluginAssemblyPath, out IReadOnlyDictionary<string, PluginAssemblyInspection> assemblies)
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

        assemblies = AddPluginAssemblies(root, files, pluginAssemblyPath, entries);
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
        return top is SolutionPaths.CustomApisFolder or SolutionPaths.EnvironmentVariableDefinitionsFolder
            || (top == SolutionPaths.PluginAssembliesFolder && path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            || IsWebResourceContent(path);
    }

    private static bool IsWebResourceContent(string path) =>
        path.StartsWith(SolutionPaths.WebResourcesFolder + "/", StringComparison.Ordinal) && !path.EndsWith(".data.xml", StringComparison.OrdinalIgnoreCase);

    private static bool IsXml(string path) => path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);

    // Each registration's dll goes where its FileName says (exports name it /PluginAssemblies/<Name>-<ID>/<Name>.dll,
    // the registration's own folder): from the folder when it is there, else the built assembly.
    private static Dictionary<string, PluginAssemblyInspection> AddPluginAssemblies(string root, List<string> files, string? pluginAssemblyPath, Dictionary<string, Func<byte[]>> entries)
    {
        var inspections = new Dictionary<string, PluginAssemblyInspection>(StringComparer.Ordinal);
        foreach (var registrationPath in files.Where(f => f.StartsWith(SolutionPaths.PluginAssembliesFolder + "/", StringComparison.Ordinal) && f.EndsWith(".dll.data.xml", StringComparison.OrdinalIgnoreCase)))
        {
            var registration = XDocument.Load(SolutionPaths.Full(root, registrationPath)).Root
                ?? throw new InvalidDataException($"{registrationPath} is empty.");
            var dll = ((string?)registration.Element("FileName") ?? string.Empty).Trim().TrimStart('/');
            if (!string.Equals(dll, registrationPath[..^".data.xml".Length], StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{registrationPath} names the file /{dll}, but an export keeps the dll next to its registration (/{registrationPath[..^".data.xml".Length]}); run 'cjp solution sync'.");
            }

            byte[] bytes;
            string source;
            if (entries.ContainsKey(dll))
            {
                bytes = File.ReadAllBytes(SolutionPaths.Full(root, dll));
                source = dll;
            }
            else if (pluginAssemblyPath != null && string.Equals(Path.GetFileName(pluginAssemblyPath), Path.GetFileName(dll), StringComparison.OrdinalIgnoreCase))
            {
                bytes = File.ReadAllBytes(pluginAssemblyPath);
                source = pluginAssemblyPath;
            }
            else
            {
                throw new InvalidDataException($"{registrationPath} names /{dll}, which is neither in the folder nor given; build the plugins ('dotnet build') and pass the net462 {Path.GetFileName(dll)} with --assembly.");
            }

            var inspection = PluginAssemblyInspector.Inspect(bytes, source);
            var fullName = (string?)registration.Attribute("FullName") ?? string.Empty;
            if (!string.Equals(inspection.FullName, fullName, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{source} is {inspection.FullName}, but {registrationPath} registers {fullName}; the zip must carry the assembly the registration describes — rebuild the plugins, or run 'cjp solution sync' after a version or key change.");
            }

            var missing = registration.Element("PluginTypes")?.Elements("PluginType")
                .Select(t => (string?)t.Attribute("Name") ?? string.Empty)
                .Where(name => !inspection.DefinedTypes.Contains(name))
                .ToList() ?? new List<string>();
            if (missing.Count > 0)
            {
                throw new InvalidDataException($"{source} does not define {string.Join(", ", missing)}, which {registrationPath} registers; rebuild the plugins from the same code, or run 'cjp solution sync'.");
            }

            entries[dll] = () => bytes;
            inspections[dll] = inspection;
        }

        return inspections;
    }
}
