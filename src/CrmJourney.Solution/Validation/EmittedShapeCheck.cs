using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using CrmJourney.Solution.Packing;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// This product's own unpacked folder against <see cref="EmittedShapeRules"/>: each chart, step file,
/// plugin assembly registration and Solution.xml as it stands, the custom APIs' plugin types, and the
/// customizations.xml the packer would build from the folder (so an empty container the pack would emit is
/// caught before there is a zip). Part of <see cref="SolutionValidator.ForProductPlugins"/>: the rules are
/// about what this product writes, not about every export's shape.
/// </summary>
public sealed class EmittedShapeCheck : ISolutionCheck
{
    /// <summary>Where problems of the merged customizations.xml are reported.</summary>
    public const string PackedCustomizations = "customizations.xml (as packed)";

    /// <inheritdoc />
    public void Check(SolutionFolder folder, ICollection<SolutionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var (path, document) in folder.Documents)
        {
            var root = document.Root;
            if (root == null)
            {
                continue;
            }

            IEnumerable<string> found = root.Name.LocalName switch
            {
                "visualization" when path.Contains("/" + SolutionPaths.VisualizationsFolder + "/", StringComparison.OrdinalIgnoreCase) => EmittedShapeRules.Chart(root),
                "SdkMessageProcessingStep" when path.StartsWith(SolutionPaths.StepsFolder + "/", StringComparison.OrdinalIgnoreCase) => EmittedShapeRules.Step(root),
                "PluginAssembly" when path.EndsWith(".dll.data.xml", StringComparison.OrdinalIgnoreCase) => EmittedShapeRules.PluginAssembly(root, path),
                "ImportExportXml" when path == SolutionPaths.SolutionManifest => EmittedShapeRules.Manifest(root),
                _ => Enumerable.Empty<string>(),
            };
            foreach (var problem in found)
            {
                problems.Add(new SolutionProblem(path, problem));
            }
        }

        var typeIds = folder.DocumentsUnder(SolutionPaths.PluginAssembliesFolder)
            .SelectMany(d => d.Value.Root?.Element("PluginTypes")?.Elements("PluginType") ?? Enumerable.Empty<XElement>())
            .Select(t => (string?)t.Attribute("PluginTypeId"))
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, document) in folder.DocumentsUnder(SolutionPaths.CustomApisFolder).Where(d => d.Value.Root?.Name.LocalName == "customapi"))
        {
            foreach (var problem in CustomApiPluginType(document.Root!, typeIds))
            {
                problems.Add(new SolutionProblem(path, problem));
            }
        }

        if (folder.LoadProblems.Count > 0 || !folder.Exists(SolutionPaths.Customizations))
        {
            return;
        }

        XElement merged;
        try
        {
            merged = XDocument.Parse(CustomizationsMerger.Merge(folder.Root)).Root!;
        }
        catch (Exception e) when (e is IOException or XmlException or InvalidDataException)
        {
            return;
        }

        foreach (var problem in EmittedShapeRules.Customizations(merged))
        {
            problems.Add(new SolutionProblem(PackedCustomizations, problem));
        }
    }

    /// <summary>Problems of a custom API's plugin type: it must name, by id, a type of the solution's assembly.</summary>
    public static IEnumerable<string> CustomApiPluginType(XElement customApi, IReadOnlySet<string> pluginTypeIds)
    {
        ArgumentNullException.ThrowIfNull(customApi);
        ArgumentNullException.ThrowIfNull(pluginTypeIds);
        var reference = customApi.Element("plugintypeid");
        if (reference == null)
        {
            yield break;
        }

        if (reference.Element("plugintypeexportkey") != null)
        {
            yield return "names its plugin type by plugintypeexportkey, the plugin-package shape; a classic assembly's custom API names <plugintypeid><plugintypeid>, the PluginTypeId in the assembly's registration.";
            yield break;
        }

        var id = reference.Element("plugintypeid")?.Value.Trim().Trim('{', '}') ?? string.Empty;
        if (!pluginTypeIds.Contains(id))
        {
            yield return $"names plugin type {(id.Length == 0 ? "(none)" : id)}, which no PluginType in the solution's plugin assembly has; give the class that id (Plugins/PluginTypeIds.cs) and run 'cjp solution sync'.";
        }
    }
}
