using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// Model-driven apps (AppModules/&lt;name&gt;/AppModule.xml) and their site maps
/// (AppModuleSiteMaps/&lt;name&gt;/AppModuleSiteMap.xml), in either flavour: every table an app or a site
/// map area names exists (in the folder, standard, or a declared missing dependency), the app's site
/// map is in the folder or declared, and every web resource a site map area opens is in the folder when
/// it carries this publisher's prefix; views, forms, charts, dashboards and roles the app names are
/// checked when the folder defines them or Solution.xml declares them, and otherwise may be the
/// platform's own (a standard table's views and forms, the System Administrator role), which the folder cannot tell.
/// </summary>
public sealed class AppModulesCheck : ISolutionCheck
{
    private const string WebResourceUrl = "$webresource:";
    private const string WebResourcesPath = "/WebResources/";

    /// <inheritdoc />
    public void Check(SolutionFolder folder, ICollection<SolutionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(problems);
        var components = FolderComponents.Of(folder);
        foreach (var (path, document) in folder.DocumentsUnder("AppModules").Where(d => d.Value.Root?.Name.LocalName == "AppModule"))
        {
            var app = document.Root!.Element("UniqueName")?.Value.Trim() ?? path.Split('/')[1];
            foreach (var component in document.Root.Element("AppModuleComponents")?.Elements("AppModuleComponent") ?? Enumerable.Empty<XElement>())
            {
                CheckComponent(folder, components, path, app, component, problems);
            }
        }

        foreach (var (path, document) in folder.DocumentsUnder("AppModuleSiteMaps"))
        {
            foreach (var subArea in document.Descendants("SubArea"))
            {
                CheckSubArea(folder, components, path, subArea, problems);
            }
        }
    }

    private static void CheckComponent(SolutionFolder folder, FolderComponents components, string path, string app, XElement component, ICollection<SolutionProblem> problems)
    {
        if (!int.TryParse((string?)component.Attribute("type"), NumberStyles.None, CultureInfo.InvariantCulture, out var type))
        {
            return;
        }

        var name = ((string?)component.Attribute("schemaName"))?.Trim();
        var line = ((IXmlLineInfo)component).LineNumber;
        if (type == ComponentTypes.Table && !string.IsNullOrEmpty(name) && folder.Table(name) == ReferenceState.Missing)
        {
            problems.Add(new SolutionProblem(path, $"app {app}: table {name} (line {line}) is neither in the folder nor a standard table; add the table or remove the AppModuleComponent."));
        }
        else if (type == ComponentTypes.SiteMap && !string.IsNullOrEmpty(name) && !components.HasName(ComponentTypes.SiteMap, name) && !folder.DeclaresDependency(ComponentTypes.SiteMap, name))
        {
            problems.Add(new SolutionProblem(path, $"app {app}: site map {name} (line {line}) is not under AppModuleSiteMaps; add AppModuleSiteMaps/{name}/AppModuleSiteMap.xml or fix the schemaName."));
        }
    }

    private static void CheckSubArea(SolutionFolder folder, FolderComponents components, string path, XElement subArea, ICollection<SolutionProblem> problems)
    {
        var id = (string?)subArea.Attribute("Id") ?? "(no Id)";
        var line = ((IXmlLineInfo)subArea).LineNumber;
        var table = ((string?)subArea.Attribute("Entity"))?.Trim();
        if (!string.IsNullOrEmpty(table) && folder.Table(table) == ReferenceState.Missing)
        {
            problems.Add(new SolutionProblem(path, $"site map area {id} (line {line}) opens table {table}, which is neither in the folder nor a standard table; fix Entity or add the table."));
        }

        var url = ((string?)subArea.Attribute("Url"))?.Trim() ?? string.Empty;
        var resource = url.StartsWith(WebResourceUrl, StringComparison.OrdinalIgnoreCase) ? url[WebResourceUrl.Length..]
            : url.StartsWith(WebResourcesPath, StringComparison.OrdinalIgnoreCase) ? url[WebResourcesPath.Length..]
            : null;
        resource = resource?.Split('?', '#')[0];
        if (!string.IsNullOrEmpty(resource) && components.WebResource(folder, resource) == ReferenceState.Missing)
        {
            problems.Add(new SolutionProblem(path, $"site map area {id} (line {line}) opens web resource {resource}, which is not in the folder; add it under WebResources or fix the Url."));
        }
    }
}
