using System;
using System.IO;

namespace CrmJourney.Solution;

/// <summary>
/// The relative paths of the unpacked (SolutionPackager / <c>pac solution unpack</c>) layout that this
/// library reads and writes. Paths use '/' whatever the operating system, because they are also the
/// names of the zip entries and of the problems the validator reports.
/// </summary>
public static class SolutionPaths
{
    /// <summary>The solution manifest: unique name, version, publisher, root components.</summary>
    public const string SolutionManifest = "Other/Solution.xml";

    /// <summary>The customizations skeleton the packer merges every component file into.</summary>
    public const string Customizations = "Other/Customizations.xml";

    /// <summary>The folder of 1:N relationship definitions, one file per referenced table.</summary>
    public const string RelationshipsFolder = "Other/Relationships";

    /// <summary>One folder per table, holding Entity.xml, SavedQueries and Visualizations.</summary>
    public const string EntitiesFolder = "Entities";

    /// <summary>The table definition inside each table folder.</summary>
    public const string EntityFile = "Entity.xml";

    /// <summary>The views of a table, one file per view.</summary>
    public const string SavedQueriesFolder = "SavedQueries";

    /// <summary>The charts of a table, one file per chart.</summary>
    public const string VisualizationsFolder = "Visualizations";

    /// <summary>The forms of a table: <c>FormXml/&lt;main|quick&gt;/{form id}.xml</c> inside the table folder.</summary>
    public const string FormsFolder = "FormXml";

    /// <summary>The dashboards, one file per dashboard, named <c>{form id}.xml</c>.</summary>
    public const string DashboardsFolder = "Dashboards";

    /// <summary>The model-driven apps: <c>AppModules/&lt;unique name&gt;/AppModule.xml</c>.</summary>
    public const string AppModulesFolder = "AppModules";

    /// <summary>The apps' site maps: <c>AppModuleSiteMaps/&lt;unique name&gt;/AppModuleSiteMap.xml</c>.</summary>
    public const string AppModuleSiteMapsFolder = "AppModuleSiteMaps";

    /// <summary>Web resources: the content at <c>WebResources/&lt;name&gt;</c>, its registration at <c>&lt;name&gt;.data.xml</c>.</summary>
    public const string WebResourcesFolder = "WebResources";

    /// <summary>The global choices, one file per choice.</summary>
    public const string OptionSetsFolder = "OptionSets";

    /// <summary>The security roles, one file per role.</summary>
    public const string RolesFolder = "Roles";

    /// <summary>The plugin steps, one file per step, named <c>{step id}.xml</c>.</summary>
    public const string StepsFolder = "SdkMessageProcessingSteps";

    /// <summary>Plugin assemblies: <c>&lt;Name&gt;-&lt;ID&gt;/&lt;Name&gt;.dll.data.xml</c> (and the dll).</summary>
    public const string PluginAssembliesFolder = "PluginAssemblies";

    /// <summary>
    /// Plugin packages (<c>&lt;uniquename&gt;/pluginpackage.xml</c>, <c>package/&lt;uniquename&gt;.nupkg</c>): not this
    /// product's shape (it ships a classic assembly), so sync removes the folder and the packer refuses it.
    /// </summary>
    public const string PluginPackagesFolder = "pluginpackages";

    /// <summary>Custom APIs, one folder each; they travel unchanged into the zip.</summary>
    public const string CustomApisFolder = "customapis";

    /// <summary>Environment variable definitions, one folder each (environmentvariabledefinitions/&lt;schema name&gt;/environmentvariabledefinition.xml), as exports keep them.</summary>
    public const string EnvironmentVariableDefinitionsFolder = "environmentvariabledefinitions";

    /// <summary>The relative path of a step file, with the id in lower case and braces, as exports name it.</summary>
    public static string StepFile(Guid stepId) => $"{StepsFolder}/{{{stepId:D}}}.xml";

    /// <summary><paramref name="fullPath"/> relative to <paramref name="root"/>, with '/' separators.</summary>
    public static string Relative(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    /// <summary>The full path of <paramref name="relativePath"/> under <paramref name="root"/>.</summary>
    public static string Full(string root, string relativePath) =>
        Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
}
