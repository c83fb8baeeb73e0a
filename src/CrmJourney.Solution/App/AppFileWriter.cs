using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace CrmJourney.Solution.App;

/// <summary>
/// Writes every file of the app from an <see cref="AppCatalog"/>: forms, views, charts, the dashboard,
/// the app module and its site map, and web resource registrations. Labels, column types and table
/// folders come from the folder's Entity.xml files (<see cref="ColumnCatalog"/>). The same catalog and
/// folder always give byte-identical files.
/// </summary>
public sealed class AppFileWriter
{
    /// <summary>Root component type of a system form (dashboards are system forms too).</summary>
    public const int FormComponentType = 60;

    /// <summary>Root component type of a web resource.</summary>
    public const int WebResourceComponentType = 61;

    /// <summary>Root component type of a site map.</summary>
    public const int SiteMapComponentType = 62;

    /// <summary>Root component type of an app module.</summary>
    public const int AppModuleComponentType = 80;

    private readonly AppCatalog _catalog;

    /// <summary>A writer of <paramref name="catalog"/>'s files.</summary>
    public AppFileWriter(AppCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
    }

    /// <summary>
    /// The files for <paramref name="solutionFolder"/> at solution version <paramref name="version"/>, ordered
    /// by path; throws <see cref="InvalidOperationException"/> naming a table or column the folder lacks.
    /// </summary>
    public IReadOnlyList<GeneratedFile> WriteAll(string solutionFolder, string version)
    {
        var columns = ColumnCatalog.Load(solutionFolder);
        var files = new List<GeneratedFile>();
        var forms = new FormFileWriter(columns, version);
        var views = new ViewFileWriter(columns, version);
        var charts = new ChartFileWriter(columns, version);
        var apps = new AppModuleFileWriter(version);
        files.AddRange(_catalog.Forms.Select(forms.Write));
        files.AddRange(_catalog.Views.Select(views.Write));
        files.AddRange(_catalog.Charts.Select(charts.Write));
        files.AddRange(_catalog.Dashboards.Select(new DashboardFileWriter(version).Write));
        files.AddRange(_catalog.WebResources.Select(new WebResourceFileWriter(version).Write));
        files.Add(apps.WriteAppModule(_catalog));
        files.Add(apps.WriteSiteMap(_catalog.App));
        return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList().AsReadOnly();
    }

    /// <summary>
    /// Whether <paramref name="relativePath"/> lies where only this writer puts files (forms, views,
    /// charts, dashboards, apps, site maps, web resource registrations), so that a file there which
    /// the catalog no longer declares is deleted by the sync.
    /// </summary>
    public static bool IsGeneratedLocation(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var parts = relativePath.Split('/');
        return (parts[0] == SolutionPaths.EntitiesFolder && parts.Length >= 4 && parts[2] is "FormXml" or SolutionPaths.SavedQueriesFolder or SolutionPaths.VisualizationsFolder)
            || parts[0] is DashboardFileWriter.Folder or AppModuleFileWriter.AppModulesFolder or AppModuleFileWriter.SiteMapsFolder
            || (parts[0] == WebResourceFileWriter.Folder && relativePath.EndsWith(".data.xml", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The root components the app adds to Solution.xml: the dashboards (60), web resources (61), the site map (62) and the app (80).</summary>
    public IEnumerable<XElement> RootComponents()
    {
        foreach (var dashboard in _catalog.Dashboards.OrderBy(d => d.Id))
        {
            yield return Root(FormComponentType, id: dashboard.Id);
        }

        foreach (var resource in _catalog.WebResources.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            yield return Root(WebResourceComponentType, schemaName: resource.Name);
        }

        yield return Root(SiteMapComponentType, schemaName: _catalog.App.UniqueName);
        yield return Root(AppModuleComponentType, schemaName: _catalog.App.UniqueName);
    }

    /// <summary>The root component types <see cref="RootComponents"/> owns in Solution.xml.</summary>
    public static IReadOnlyList<int> RootComponentTypes { get; } = new[] { FormComponentType, WebResourceComponentType, SiteMapComponentType, AppModuleComponentType };

    private static XElement Root(int type, Guid? id = null, string? schemaName = null) => new(
        "RootComponent",
        new XAttribute("type", type.ToString(CultureInfo.InvariantCulture)),
        id is Guid value ? new XAttribute("id", AppXml.Braced(value)) : null,
        schemaName == null ? null : new XAttribute("schemaName", schemaName),
        new XAttribute("behavior", "0"));
}
