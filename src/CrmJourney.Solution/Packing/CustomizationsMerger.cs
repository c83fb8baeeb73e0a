using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmJourney.Solution.Xml;

namespace CrmJourney.Solution.Packing;

/// <summary>
/// Builds the zip's <c>customizations.xml</c> the way SolutionPackager packs it: the skeleton
/// Other/Customizations.xml with each component file merged into its section — Entity.xml files into
/// <c>Entities</c> (a table's views into its <c>SavedQueries/savedqueries</c>, its charts into
/// <c>Visualizations</c>), roles into <c>Roles</c>, relationship definitions into
/// <c>EntityRelationships</c>, global choices into <c>optionsets</c>, plugin assembly registrations into
/// <c>SolutionPluginAssemblies</c> and step files into <c>SdkMessageProcessingSteps</c>. Components are
/// merged in path (or name) order, so the same folder always gives the same text.
/// </summary>
public static class CustomizationsMerger
{
    private static readonly XNamespace _xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The merged customizations.xml of the unpacked folder <paramref name="solutionFolder"/>.</summary>
    public static string Merge(string solutionFolder)
    {
        ArgumentNullException.ThrowIfNull(solutionFolder);
        var document = Load(solutionFolder, SolutionPaths.Customizations);
        var root = document.Root ?? throw new InvalidDataException($"{SolutionPaths.Customizations} is empty.");
        if (root.Attribute(XNamespace.Xmlns + "xsi") == null)
        {
            root.Add(new XAttribute(XNamespace.Xmlns + "xsi", _xsi.NamespaceName));
        }

        Fill(root, "Entities", Entities(solutionFolder));
        Fill(root, "Roles", Files(solutionFolder, SolutionPaths.RolesFolder, "*.xml").Select(p => Component(solutionFolder, p)));
        Fill(root, "EntityRelationships", Files(solutionFolder, SolutionPaths.RelationshipsFolder, "*.xml")
            .SelectMany(p => Load(solutionFolder, p).Root?.Elements("EntityRelationship") ?? Enumerable.Empty<XElement>())
            .OrderBy(r => (string?)r.Attribute("Name"), StringComparer.Ordinal)
            .Select(Detached));
        Fill(root, "optionsets", Files(solutionFolder, SolutionPaths.OptionSetsFolder, "*.xml").Select(p => Component(solutionFolder, p)));
        FillApp(root, solutionFolder);
        var assemblies = Files(solutionFolder, SolutionPaths.PluginAssembliesFolder, "*.dll.data.xml", recursive: true)
            .Select(p => Component(solutionFolder, p))
            .ToList();
        var steps = Files(solutionFolder, SolutionPaths.StepsFolder, "*.xml").Select(p => Component(solutionFolder, p)).ToList();
        if (assemblies.Count > 0 || steps.Count > 0)
        {
            Fill(root, "SolutionPluginAssemblies", assemblies);
            Fill(root, "SdkMessageProcessingSteps", steps);
        }

        return XmlFiles.Serialize(document);
    }

    private static IEnumerable<XElement> Entities(string solutionFolder)
    {
        var entitiesFolder = SolutionPaths.Full(solutionFolder, SolutionPaths.EntitiesFolder);
        if (!Directory.Exists(entitiesFolder))
        {
            yield break;
        }

        foreach (var tableFolder in Directory.EnumerateDirectories(entitiesFolder).Order(StringComparer.Ordinal))
        {
            var table = SolutionPaths.Relative(solutionFolder, tableFolder);
            var entity = Component(solutionFolder, $"{table}/{SolutionPaths.EntityFile}");
            var views = Files(solutionFolder, $"{table}/{SolutionPaths.SavedQueriesFolder}", "*.xml")
                .SelectMany(p => Load(solutionFolder, p).Root?.Elements("savedquery") ?? Enumerable.Empty<XElement>())
                .Select(Detached)
                .ToList();
            if (views.Count > 0)
            {
                var savedQueries = entity.Element("SavedQueries");
                var merged = new XElement("SavedQueries", new XElement("savedqueries", views));
                if (savedQueries != null)
                {
                    savedQueries.ReplaceWith(merged);
                }
                else
                {
                    entity.Add(merged);
                }
            }

            var forms = Directory.Exists(SolutionPaths.Full(solutionFolder, $"{table}/{SolutionPaths.FormsFolder}"))
                ? Directory.EnumerateDirectories(SolutionPaths.Full(solutionFolder, $"{table}/{SolutionPaths.FormsFolder}"))
                    .Select(Path.GetFileName)
                    .OfType<string>()
                    .Order(StringComparer.Ordinal)
                    .Select(kind => new XElement(
                        "forms",
                        new XAttribute("type", kind),
                        Files(solutionFolder, $"{table}/{SolutionPaths.FormsFolder}/{kind}", "*.xml")
                            .SelectMany(p => Load(solutionFolder, p).Root?.Elements("systemform") ?? Enumerable.Empty<XElement>())
                            .Select(Detached)))
                    .Where(f => f.HasElements)
                    .ToList()
                : new List<XElement>();
            if (forms.Count > 0)
            {
                var formXml = entity.Element("FormXml");
                var merged = new XElement("FormXml", forms);
                if (formXml != null)
                {
                    formXml.ReplaceWith(merged);
                }
                else
                {
                    entity.Add(merged);
                }
            }

            var charts = Files(solutionFolder, $"{table}/{SolutionPaths.VisualizationsFolder}", "*.xml")
                .Select(p => Component(solutionFolder, p))
                .ToList();
            if (charts.Count > 0)
            {
                entity.Element("Visualizations")?.Remove();
                entity.Add(new XElement("Visualizations", charts));
            }

            // The unpacked Entity.xml keeps <SavedQueries /> as a placeholder for the views extracted next to it;
            // a table that ships no view has none, and exports omit the element (the schema requires content).
            entity.Elements("SavedQueries").Where(e => !e.Elements().Any()).Remove();
            entity.Elements("Visualizations").Where(e => !e.Elements().Any()).Remove();
            yield return entity;
        }
    }

    // Dashboards, web resource registrations, site maps and apps, each into its own section.
    private static void FillApp(XElement root, string solutionFolder)
    {
        Fill(root, "Dashboards", Files(solutionFolder, SolutionPaths.DashboardsFolder, "*.xml").Select(p => Component(solutionFolder, p)));
        Fill(root, "WebResources", Files(solutionFolder, SolutionPaths.WebResourcesFolder, "*.data.xml", recursive: true).Select(p => Component(solutionFolder, p)));
        Fill(root, "AppModuleSiteMaps", Files(solutionFolder, SolutionPaths.AppModuleSiteMapsFolder, "AppModuleSiteMap.xml", recursive: true).Select(p => Component(solutionFolder, p)));
        Fill(root, "AppModules", Files(solutionFolder, SolutionPaths.AppModulesFolder, "AppModule.xml", recursive: true).Select(p => Component(solutionFolder, p)));
    }

    // Puts the components into the section, creating it where exports place it: plugin sections after
    // CustomControls, anything else before Languages.
    private static void Fill(XElement root, string section, IEnumerable<XElement> components)
    {
        var element = root.Element(section);
        if (element == null)
        {
            element = new XElement(section);
            var anchor = root.Element("EntityDataProviders") ?? root.Element("Languages");
            if (section == "SdkMessageProcessingSteps" && root.Element("SolutionPluginAssemblies") is { } assemblies)
            {
                assemblies.AddAfterSelf(element);
            }
            else if (section == "SolutionPluginAssemblies" && root.Element("CustomControls") is { } customControls)
            {
                customControls.AddAfterSelf(element);
            }
            else if (anchor != null)
            {
                anchor.AddBeforeSelf(element);
            }
            else
            {
                root.Add(element);
            }
        }

        element.RemoveNodes();
        element.Add(components);
    }

    private static IEnumerable<string> Files(string solutionFolder, string relativeFolder, string pattern, bool recursive = false)
    {
        var folder = SolutionPaths.Full(solutionFolder, relativeFolder);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, pattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                .Select(f => SolutionPaths.Relative(solutionFolder, f))
                .Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>();
    }

    private static XElement Component(string solutionFolder, string relativePath) =>
        Detached(Load(solutionFolder, relativePath).Root ?? throw new InvalidDataException($"{relativePath} is empty."));

    // A copy without the xsi declaration the file's root repeats: customizations.xml declares it once.
    private static XElement Detached(XElement element)
    {
        var copy = new XElement(element);
        copy.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == _xsi.NamespaceName).Remove();
        return copy;
    }

    private static XDocument Load(string solutionFolder, string relativePath)
    {
        var path = SolutionPaths.Full(solutionFolder, relativePath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{relativePath} is missing.", path);
        }

        return XDocument.Load(path);
    }
}
