using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// The shape this product's solution files must have to import, element by element, as Dataverse's schema
/// (CustomizationsSolution.xsd) and real exports have it — applied to the unpacked files by
/// <see cref="EmittedShapeCheck"/> and to a packed zip by <see cref="ZipSolutionValidator"/>. Each rule
/// returns sentences (what is wrong and the fix); none throws on bad content.
/// </summary>
public static class EmittedShapeRules
{
    /// <summary>The sections of customizations.xml in the order exports write them (schema order, plus EntityDataProviders).</summary>
    public static readonly IReadOnlyList<string> CustomizationsSections = new[]
    {
        "Entities", "Roles", "Workflows", "FieldSecurityProfiles", "Templates", "EntityMaps", "EntityRelationships",
        "OrganizationSettings", "optionsets", "Dashboards", "WebResources", "CustomControls", "SolutionPluginAssemblies",
        "SdkMessageProcessingSteps", "ServiceEndpoints", "AppModuleSiteMaps", "AppModules", "EntityDataProviders", "Languages",
    };

    /// <summary>The elements the schema allows in a chart's <c>visualization</c>.</summary>
    public static readonly IReadOnlySet<string> VisualizationElements = new HashSet<string>(StringComparer.Ordinal)
    {
        "savedqueryvisualizationid", "LocalizedNames", "Descriptions", "webresourcename", "customizationlevel",
        "datadescription", "presentationdescription", "isdefault", "IsCustomizable", "IntroducedVersion", "CanBeDeleted",
    };

    /// <summary>The children of SolutionManifest in the order exports write them.</summary>
    public static readonly IReadOnlyList<string> ManifestElements = new[]
    {
        "UniqueName", "LocalizedNames", "Descriptions", "Version", "Managed", "Publisher", "RootComponents", "MissingDependencies",
    };

    /// <summary>The children of a step file in the order exports write them.</summary>
    public static readonly IReadOnlyList<string> StepElements = new[]
    {
        "SdkMessageId", "PluginTypeName", "PluginTypeId", "PrimaryEntity", "CustomConfiguration", "AsyncAutoDelete", "Description",
        "FilteringAttributes", "InvocationSource", "Mode", "Rank", "EventHandlerTypeCode", "Stage", "IsCustomizable", "IsHidden",
        "SupportedDeployment", "IntroducedVersion", "SdkMessageProcessingStepImages",
    };

    /// <summary>Problems of a packed customizations.xml root (<c>ImportExportXml</c>).</summary>
    public static IEnumerable<string> Customizations(XElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var problem in Order(root, CustomizationsSections, "customizations.xml's sections"))
        {
            yield return problem;
        }

        foreach (var entity in root.Element("Entities")?.Elements("Entity") ?? Enumerable.Empty<XElement>())
        {
            var name = entity.Element("Name")?.Value ?? "(unnamed)";
            if (entity.Element("SavedQueries") is { } views && !views.Elements("savedqueries").Any())
            {
                yield return $"table {name} has an empty <SavedQueries />, which the schema rejects (it expects savedqueries); leave the element out when the table ships no view.";
            }

            if (entity.Element("Visualizations") is { } charts && !charts.Elements("visualization").Any())
            {
                yield return $"table {name} has an empty <Visualizations />; exports leave the element out when the table ships no chart.";
            }

            foreach (var chart in entity.Element("Visualizations")?.Elements("visualization") ?? Enumerable.Empty<XElement>())
            {
                foreach (var problem in Chart(chart))
                {
                    yield return $"table {name}: {problem}";
                }
            }
        }

        foreach (var assembly in root.Element("SolutionPluginAssemblies")?.Elements("PluginAssembly") ?? Enumerable.Empty<XElement>())
        {
            foreach (var problem in PluginAssembly(assembly, registrationPath: null))
            {
                yield return problem;
            }
        }

        foreach (var step in root.Element("SdkMessageProcessingSteps")?.Elements("SdkMessageProcessingStep") ?? Enumerable.Empty<XElement>())
        {
            foreach (var problem in Step(step))
            {
                yield return $"step {(string?)step.Attribute("Name")}: {problem}";
            }
        }
    }

    /// <summary>Problems of one chart (<c>visualization</c>).</summary>
    public static IEnumerable<string> Chart(XElement visualization)
    {
        ArgumentNullException.ThrowIfNull(visualization);
        foreach (var element in visualization.Elements().Where(e => !VisualizationElements.Contains(e.Name.LocalName)))
        {
            yield return $"the chart carries <{element.Name.LocalName}>, which the schema does not allow in a visualization and exported charts do not have; remove it (the chart's table is the folder it is in).";
        }
    }

    /// <summary>Problems of the solution manifest (<c>ImportExportXml</c> of solution.xml).</summary>
    public static IEnumerable<string> Manifest(XElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var manifest = root.Element("SolutionManifest");
        if (manifest == null)
        {
            yield break;
        }

        foreach (var problem in Order(manifest, ManifestElements, "SolutionManifest's elements"))
        {
            yield return problem;
        }

        foreach (var component in manifest.Element("RootComponents")?.Elements("RootComponent") ?? Enumerable.Empty<XElement>())
        {
            var type = (string?)component.Attribute("type");
            if (string.IsNullOrEmpty(type) || component.Attribute("behavior") == null || (component.Attribute("id") == null && component.Attribute("schemaName") == null))
            {
                yield return $"a RootComponent ({component}) lacks type, behavior, or both id and schemaName; exports write type, id or schemaName, and behavior.";
            }

            if (type == "91" && ((string?)component.Attribute("schemaName") ?? string.Empty).EndsWith("PublicKeyToken=null", StringComparison.Ordinal))
            {
                yield return "the plugin assembly's RootComponent names an assembly without a strong name (PublicKeyToken=null); Dataverse imports only strong-named plugin assemblies, so sign it and run 'cjp solution sync'.";
            }
        }
    }

    /// <summary>Problems of a plugin assembly registration; <paramref name="registrationPath"/> is its unpacked file, when it is one.</summary>
    public static IEnumerable<string> PluginAssembly(XElement assembly, string? registrationPath)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var fullName = (string?)assembly.Attribute("FullName") ?? string.Empty;
        if (fullName.Length == 0 || fullName.EndsWith("PublicKeyToken=null", StringComparison.Ordinal))
        {
            yield return $"the plugin assembly {fullName} has no strong name; Dataverse imports only strong-named plugin assemblies, so sign it (the product's key is src/CrmJourney.Plugins/CrmJourney.Plugins.snk) and run 'cjp solution sync'.";
        }

        if (assembly.Element("IsolationMode")?.Value != "2" || assembly.Element("SourceType")?.Value != "0")
        {
            yield return "the plugin assembly must be registered in the sandbox and stored in the database (IsolationMode 2, SourceType 0), as Dataverse online requires.";
        }

        var fileName = assembly.Element("FileName")?.Value ?? string.Empty;
        var name = fullName.Split(',')[0].Trim();
        if (!fileName.StartsWith($"/{SolutionPaths.PluginAssembliesFolder}/{name}-", StringComparison.Ordinal) || !fileName.EndsWith($"/{name}.dll", StringComparison.Ordinal))
        {
            yield return $"FileName {fileName} is not where exports keep the dll (/{SolutionPaths.PluginAssembliesFolder}/{name}-<ID>/{name}.dll); run 'cjp solution sync'.";
        }
        else if (registrationPath != null && !string.Equals(fileName.TrimStart('/') + ".data.xml", registrationPath, StringComparison.Ordinal))
        {
            yield return $"FileName {fileName} does not name the dll next to this registration; run 'cjp solution sync'.";
        }

        foreach (var type in assembly.Element("PluginTypes")?.Elements("PluginType") ?? Enumerable.Empty<XElement>())
        {
            var typeName = (string?)type.Attribute("Name") ?? string.Empty;
            if (!string.Equals((string?)type.Attribute("AssemblyQualifiedName"), $"{typeName}, {fullName}", StringComparison.Ordinal))
            {
                yield return $"plugin type {typeName}'s AssemblyQualifiedName is not \"{typeName}, {fullName}\"; run 'cjp solution sync'.";
            }

            if (!Guid.TryParse((string?)type.Attribute("PluginTypeId"), out _))
            {
                yield return $"plugin type {typeName} has no PluginTypeId; steps and custom APIs of a classic assembly name their type by that id.";
            }
        }
    }

    /// <summary>Problems of one step (<c>SdkMessageProcessingStep</c>) of a classic plugin assembly.</summary>
    public static IEnumerable<string> Step(XElement step)
    {
        ArgumentNullException.ThrowIfNull(step);
        foreach (var problem in Order(step, StepElements, "the step's elements"))
        {
            yield return problem;
        }

        if (step.Element("PluginTypeExportKey") != null)
        {
            yield return "names its plugin type by PluginTypeExportKey, the plugin-package shape; this solution ships a classic assembly, whose steps name PluginTypeName and PluginTypeId.";
        }
        else if (step.Element("PluginTypeName") == null || !Guid.TryParse(step.Element("PluginTypeId")?.Value, out _))
        {
            yield return "must name its plugin type by PluginTypeName and PluginTypeId, as steps of a classic assembly do; run 'cjp solution sync'.";
        }
    }

    // The elements of `parent` that appear in `order` must appear in that order.
    private static IEnumerable<string> Order(XElement parent, IReadOnlyList<string> order, string what)
    {
        var last = -1;
        string? lastName = null;
        foreach (var element in parent.Elements())
        {
            var index = IndexOf(order, element.Name.LocalName);
            if (index < 0)
            {
                continue;
            }

            if (index < last)
            {
                yield return $"{what} are out of order: <{element.Name.LocalName}> comes after <{lastName}>; exports write {string.Join(", ", order)}.";
                yield break;
            }

            last = index;
            lastName = element.Name.LocalName;
        }
    }

    private static int IndexOf(IReadOnlyList<string> list, string name)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
