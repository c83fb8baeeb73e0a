using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CrmJourney.Plugins.Registration;
using CrmJourney.Solution.App;
using CrmJourney.Solution.Plugins;
using CrmJourney.Solution.Steps;
using CrmJourney.Solution.Xml;

namespace CrmJourney.Solution;

/// <summary>
/// Brings an unpacked folder in line with the code's step registrations: regenerates every step file and
/// the plugin assembly's registration, rewrites the plugin root components of Solution.xml, and deletes
/// what no longer belongs — step files whose step is no longer declared, registrations of another
/// assembly id, and any plugin package files (the plugins ship as a classic assembly); with an
/// <see cref="AppCatalog"/> it also writes the app's forms, views, charts, dashboard, app module, site map
/// and web resource registrations (and their root components), deleting such files the catalog no longer
/// declares. <see cref="Plan"/> changes nothing (the drift test and <c>cjp solution validate</c> use it);
/// <see cref="Apply"/> writes the plan.
/// </summary>
public sealed class SolutionSynchronizer
{
    private readonly PluginCatalog _catalog;
    private readonly PluginAssemblyDefinition _assembly;
    private readonly AppCatalog? _app;

    /// <summary>
    /// A synchronizer for the steps of <paramref name="catalog"/>, whose classes ship in <paramref name="assembly"/>,
    /// and the app components of <paramref name="app"/> when given.
    /// </summary>
    public SolutionSynchronizer(PluginCatalog catalog, PluginAssemblyDefinition assembly, AppCatalog? app = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(assembly);
        _catalog = catalog;
        _assembly = assembly;
        _app = app;
    }

    /// <summary>The synchronizer of this product: its plugin catalog and assembly.</summary>
    public static SolutionSynchronizer ForProductPlugins() =>
        new(PluginCatalog.ForProductPlugins(), PluginAssemblyDefinition.ForProductPlugins(), AppCatalog.ForProduct());

    /// <summary>
    /// What would change in <paramref name="solutionFolder"/>. Throws <see cref="InvalidOperationException"/>
    /// when a step cannot be generated and <see cref="IOException"/>/<see cref="System.Xml.XmlException"/>
    /// when Solution.xml cannot be read.
    /// </summary>
    public SyncPlan Plan(string solutionFolder)
    {
        ArgumentNullException.ThrowIfNull(solutionFolder);
        var manifest = SolutionManifest.Load(solutionFolder);
        if (string.IsNullOrEmpty(manifest.Version))
        {
            throw new InvalidDataException($"{SolutionPaths.SolutionManifest} names no Version; it is needed to generate the plugin files.");
        }

        var generated = new List<GeneratedFile>();
        generated.AddRange(new StepFileWriter(_assembly, manifest.Version).WriteAll(_catalog.Steps));
        generated.Add(new PluginAssemblyFileWriter(_assembly, manifest.Version).WriteAssemblyRegistration());
        var manifestText = manifest.WithPluginRootComponents(_assembly, SdkMessages.Exportable(_catalog.Steps).Select(s => s.Id));
        if (_app != null)
        {
            var app = new AppFileWriter(_app);
            generated.AddRange(app.WriteAll(solutionFolder, manifest.Version));
            manifestText = SolutionManifest.WithRootComponents(manifestText, AppFileWriter.RootComponentTypes, app.RootComponents());
        }

        generated.Add(new GeneratedFile(SolutionPaths.SolutionManifest, manifestText));

        var writes = new List<GeneratedFile>();
        var unchanged = 0;
        foreach (var file in generated)
        {
            var path = SolutionPaths.Full(solutionFolder, file.RelativePath);
            if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(XmlFiles.ToBytes(file.Content)))
            {
                unchanged++;
            }
            else
            {
                writes.Add(file);
            }
        }

        var keep = generated.Select(f => f.RelativePath).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var stale = FilesUnder(solutionFolder, SolutionPaths.StepsFolder, "*.xml")
            .Concat(FilesUnder(solutionFolder, SolutionPaths.PluginAssembliesFolder, "*.dll.data.xml"))
            .Concat(FilesUnder(solutionFolder, SolutionPaths.PluginPackagesFolder, "*"));
        if (_app != null)
        {
            stale = stale.Concat(Directory.EnumerateFiles(solutionFolder, "*.xml", SearchOption.AllDirectories)
                .Select(p => SolutionPaths.Relative(solutionFolder, p))
                .Where(AppFileWriter.IsGeneratedLocation));
        }

        var deletes = stale
            .Where(p => !keep.Contains(p))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

        return new SyncPlan(solutionFolder, writes.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList().AsReadOnly(), deletes.AsReadOnly(), unchanged);
    }

    /// <summary>Writes and deletes what <paramref name="plan"/> lists.</summary>
    public static void Apply(SyncPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var file in plan.Writes)
        {
            var path = SolutionPaths.Full(plan.SolutionFolder, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, XmlFiles.ToBytes(file.Content));
        }

        foreach (var relative in plan.Deletes)
        {
            var path = SolutionPaths.Full(plan.SolutionFolder, relative);
            File.Delete(path);

            // A folder the deletes emptied (a removed plugin package) goes too, as an export would not have it.
            var root = Path.GetFullPath(plan.SolutionFolder);
            for (var folder = Path.GetDirectoryName(path); folder != null && Path.GetFullPath(folder) != root && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
            {
                Directory.Delete(folder);
            }
        }
    }

    private static IEnumerable<string> FilesUnder(string solutionFolder, string relativeFolder, string pattern)
    {
        var folder = SolutionPaths.Full(solutionFolder, relativeFolder);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Select(p => SolutionPaths.Relative(solutionFolder, p))
            : Enumerable.Empty<string>();
    }
}
