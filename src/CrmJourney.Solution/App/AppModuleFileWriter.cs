using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using CrmJourney.Solution.Xml;

namespace CrmJourney.Solution.App;

/// <summary>
/// Writes the app's two files as exports lay them out: <c>AppModules/&lt;name&gt;/AppModule.xml</c> (unique
/// name, Unified Interface client, the components by type — 1 table, 26 view, 59 chart, 60 form or
/// dashboard, 62 site map — the role map, names) and <c>AppModuleSiteMaps/&lt;name&gt;/AppModuleSiteMap.xml</c>
/// (areas, groups, entries). Reference: microsoft/coe-starter-kit's unpacked apps.
/// </summary>
public sealed class AppModuleFileWriter
{
    /// <summary>The folder of app modules.</summary>
    public const string AppModulesFolder = "AppModules";

    /// <summary>The folder of app site maps.</summary>
    public const string SiteMapsFolder = "AppModuleSiteMaps";

    /// <summary>The icon every app shows unless it ships its own (the platform's default app icon web resource).</summary>
    public const string DefaultAppIcon = "953b9fac-1e5e-e611-80d6-00155ded156f";

    private const string Clients = "All,Outlook,OutlookLaptopClient,OutlookWorkstationClient,Web";
    private const string Skus = "All,OnPremise,Live,SPLA";
    private const string Spacer = "/_imgs/imagestrips/transparent_spacer.gif";

    private readonly string _version;

    /// <summary>A writer for apps introduced in <paramref name="version"/>.</summary>
    public AppModuleFileWriter(string version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        _version = version;
    }

    /// <summary>The app module file of <paramref name="catalog"/>'s app.</summary>
    public GeneratedFile WriteAppModule(AppCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var app = catalog.App;
        var components = new List<XElement>();
        components.AddRange(catalog.Tables.Select(t => Component(1, schemaName: t)));
        components.AddRange(catalog.Views.Select(v => v.Id).Order().Select(id => Component(26, id)));
        components.AddRange(catalog.Charts.Select(c => c.Id).Order().Select(id => Component(59, id)));
        components.AddRange(catalog.Forms.Select(f => f.Id).Concat(catalog.Dashboards.Select(d => d.Id)).Order().Select(id => Component(60, id)));
        components.Add(Component(62, schemaName: app.UniqueName));
        var root = new XElement(
            "AppModule",
            new XElement("UniqueName", app.UniqueName),
            new XElement("IntroducedVersion", _version),
            new XElement("WebResourceId", DefaultAppIcon),
            new XElement("OptimizedFor", string.Empty),
            new XElement("statecode", "0"),
            new XElement("statuscode", "1"),
            new XElement("FormFactor", "1"),
            new XElement("ClientType", "4"),
            new XElement("NavigationType", "0"),
            new XElement("AppModuleComponents", components),
            new XElement("AppModuleRoleMaps", app.RoleIds.Order().Select(r => new XElement("Role", new XAttribute("id", AppXml.Braced(r))))),
            AppXml.LocalizedNames(app.Name),
            AppXml.Descriptions(app.Description),
            new XElement("appsettings", new XElement(
                "appsetting",
                new XAttribute("settingdefinitionid.uniquename", "AppChannel"),
                new XElement("iscustomizable", "1"),
                new XElement("value", "1"))));
        return new GeneratedFile($"{AppModulesFolder}/{app.UniqueName}/AppModule.xml", XmlFiles.Serialize(new XDocument(root)));
    }

    /// <summary>The site map file of <paramref name="app"/>.</summary>
    public GeneratedFile WriteSiteMap(AppModuleDefinition app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = new XElement(
            "AppModuleSiteMap",
            new XAttribute(XNamespace.Xmlns + "xsi", AppXml.Xsi.NamespaceName),
            new XElement("SiteMapUniqueName", app.UniqueName),
            new XElement("EnableCollapsibleGroups", "False"),
            new XElement("ShowHome", "True"),
            new XElement("ShowPinned", "True"),
            new XElement("ShowRecents", "True"),
            new XElement("SiteMap", new XAttribute("IntroducedVersion", "7.0.0.0"), app.Areas.Select(Area)),
            AppXml.LocalizedNames(app.Name));
        return new GeneratedFile($"{SiteMapsFolder}/{app.UniqueName}/AppModuleSiteMap.xml", XmlFiles.Serialize(new XDocument(root)));
    }

    /// <summary>The URL a site map entry opens a table's list on a given view with.</summary>
    public static string ViewUrl(string table, Guid viewId) =>
        string.Create(CultureInfo.InvariantCulture, $"/main.aspx?pagetype=entitylist&etn={table}&viewid={AppXml.Braced(viewId)}&viewtype=1039");

    private static XElement Component(int type, Guid? id = null, string? schemaName = null) => new(
        "AppModuleComponent",
        new XAttribute("type", type.ToString(CultureInfo.InvariantCulture)),
        id is Guid value ? new XAttribute("id", AppXml.Braced(value)) : null,
        schemaName == null ? null : new XAttribute("schemaName", schemaName));

    private static XElement Area(SiteMapArea area) => new(
        "Area",
        new XAttribute("Id", area.Id),
        new XAttribute("ResourceId", "SitemapDesigner.NewArea"),
        new XAttribute("DescriptionResourceId", "SitemapDesigner.NewArea"),
        new XAttribute("ShowGroups", "true"),
        new XAttribute("IntroducedVersion", "7.0.0.0"),
        Titles(area.Title),
        area.Groups.Select(Group));

    private static XElement Group(SiteMapGroup group) => new(
        "Group",
        new XAttribute("Id", group.Id),
        new XAttribute("ResourceId", "SitemapDesigner.NewGroup"),
        new XAttribute("DescriptionResourceId", "SitemapDesigner.NewGroup"),
        new XAttribute("IntroducedVersion", "7.0.0.0"),
        new XAttribute("IsProfile", "false"),
        new XAttribute("ToolTipResourseId", "SitemapDesigner.Unknown"),
        Titles(group.Title),
        group.SubAreas.Select(SubArea));

    private static XElement SubArea(SiteMapSubArea entry)
    {
        var element = new XElement("SubArea", new XAttribute("Id", entry.Id));
        if (entry.Dashboard is Guid dashboard)
        {
            element.Add(
                new XAttribute("ResourceId", "Homepage_Dashboards"),
                new XAttribute("DescriptionResourceId", "Dashboards_Description"),
                new XAttribute("Icon", Spacer),
                new XAttribute("Url", "/workplace/home_dashboards.aspx"),
                new XAttribute("DefaultDashboard", dashboard.ToString("D")));
        }
        else
        {
            element.Add(new XAttribute("Icon", Spacer), new XAttribute("Entity", entry.Entity!));
            if (entry.ViewId is Guid view)
            {
                element.Add(new XAttribute("Url", ViewUrl(entry.Entity!, view)));
            }
        }

        element.Add(
            new XAttribute("Client", Clients),
            new XAttribute("AvailableOffline", "true"),
            new XAttribute("PassParams", "false"),
            new XAttribute("Sku", Skus),
            Titles(entry.Title));
        return element;
    }

    private static XElement Titles(string title) =>
        new("Titles", new XElement("Title", new XAttribute("LCID", AppXml.English), new XAttribute("Title", title)));
}
