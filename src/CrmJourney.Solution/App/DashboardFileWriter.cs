using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmJourney.Solution.Xml;

namespace CrmJourney.Solution.App;

/// <summary>
/// Writes <c>Dashboards/{id}.xml</c> as exports do: a <c>Dashboard</c> whose <c>FormXml</c> holds a
/// <c>forms type="dashboard"</c> form with one section, two chart tiles per row. Each tile is a
/// subgrid control in chart mode (<c>ChartGridMode</c> Chart) over its view and chart.
/// </summary>
public sealed class DashboardFileWriter
{
    /// <summary>The folder of dashboard files.</summary>
    public const string Folder = "Dashboards";

    // A chart tile spans this many rows; the rows it covers are written empty, as exports do.
    private const int TileRows = 10;

    private readonly string _version;

    /// <summary>A writer for dashboards introduced in <paramref name="version"/>.</summary>
    public DashboardFileWriter(string version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        _version = version;
    }

    /// <summary>The dashboard's file.</summary>
    public GeneratedFile Write(DashboardDefinition dashboard)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        var rows = new List<XElement>();
        foreach (var pair in dashboard.Charts.Chunk(2))
        {
            rows.Add(new XElement("row", pair.Select(c => Tile(dashboard, c))));
            rows.AddRange(Enumerable.Range(0, TileRows - 1).Select(_ => new XElement("row")));
        }

        var form = new XElement(
            "form",
            new XElement("tabs", new XElement(
                "tab",
                new XAttribute("showlabel", "false"),
                new XAttribute("verticallayout", "true"),
                new XAttribute("id", AppXml.Braced(Id(dashboard, "tab"))),
                AppXml.Labels("Tab"),
                new XElement("columns", new XElement("column", new XAttribute("width", "100%"), new XElement("sections", new XElement(
                    "section",
                    new XAttribute("showlabel", "false"),
                    new XAttribute("showbar", "false"),
                    new XAttribute("columns", "11"),
                    new XAttribute("id", AppXml.Braced(Id(dashboard, "section"))),
                    AppXml.Labels("Section"),
                    new XElement("rows", rows))))))),
            new XElement("controlDescriptions"));
        var root = new XElement(
            "Dashboard",
            new XAttribute(XNamespace.Xmlns + "xsi", AppXml.Xsi.NamespaceName),
            AppXml.LocalizedNames(dashboard.Name),
            AppXml.Descriptions(dashboard.Description),
            new XElement("FormId", AppXml.Braced(dashboard.Id)),
            new XElement("IsCustomizable", "1"),
            new XElement("IsDefault", "0"),
            new XElement("FormXml", new XElement("forms", new XAttribute("type", "dashboard"), form)),
            new XElement("IntroducedVersion", _version),
            new XElement("IsTabletEnabled", "0"));
        return new GeneratedFile($"{Folder}/{AppXml.Braced(dashboard.Id)}.xml", XmlFiles.Serialize(new XDocument(root)));
    }

    private static XElement Tile(DashboardDefinition dashboard, DashboardChart chart) => new(
        "cell",
        new XAttribute("colspan", "1"),
        new XAttribute("rowspan", TileRows.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new XAttribute("showlabel", "false"),
        new XAttribute("id", AppXml.Braced(Id(dashboard, "cell:" + chart.ChartId.ToString("D")))),
        new XAttribute("auto", "false"),
        AppXml.Labels(chart.Label),
        new XElement(
            "control",
            new XAttribute("id", "chart_" + chart.ChartId.ToString("N")[..8]),
            new XAttribute("classid", FormFileWriter.SubgridClassId),
            new XAttribute("indicationOfSubgrid", "true"),
            new XElement(
                "parameters",
                new XElement("TargetEntityType", chart.Table),
                new XElement("ChartGridMode", "Chart"),
                new XElement("EnableQuickFind", "false"),
                new XElement("EnableViewPicker", "false"),
                new XElement("EnableJumpBar", "false"),
                new XElement("RecordsPerPage", "10"),
                new XElement("ViewId", AppXml.Braced(chart.ViewId)),
                new XElement("IsUserView", "false"),
                new XElement("ViewIds", AppXml.Braced(chart.ViewId)),
                new XElement("AutoExpand", "Fixed"),
                new XElement("VisualizationId", AppXml.Braced(chart.ChartId)),
                new XElement("IsUserChart", "false"),
                new XElement("EnableChartPicker", "false"),
                new XElement("RelationshipName"))));

    private static Guid Id(DashboardDefinition dashboard, string name) => DeterministicGuid.From($"dashboard:{dashboard.Id:D}:{name}");
}
