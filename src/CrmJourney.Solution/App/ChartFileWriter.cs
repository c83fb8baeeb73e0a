using System;
using System.Xml.Linq;
using CrmJourney.Solution.Xml;

namespace CrmJourney.Solution.App;

/// <summary>
/// Writes <c>Entities/&lt;table folder&gt;/Visualizations/{chart id}.xml</c>: a <c>visualization</c> with the
/// aggregate FetchXML (<c>groupby_column</c>, an optional <c>series_column</c>, <c>aggregate_column</c>)
/// and the chart designer's presentation XML (solution-package/README.md, "chart file").
/// </summary>
public sealed class ChartFileWriter
{
    private const string Palette = "55,118,193; 197,56,52; 149,189,66; 117,82,160; 49,171,204; 255,136,35; 97,142,206; 209,98,96; 168,203,104; 142,116,178; 77,196,222; 255,171,103";

    private readonly ColumnCatalog _catalog;
    private readonly string _version;

    /// <summary>A writer for charts of the tables in <paramref name="catalog"/>, introduced in <paramref name="version"/>.</summary>
    public ChartFileWriter(ColumnCatalog catalog, string version)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        _catalog = catalog;
        _version = version;
    }

    /// <summary>The chart's file.</summary>
    public GeneratedFile Write(ChartDefinition chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        _catalog.Get(chart.Table, chart.GroupBy);
        if (chart.SeriesBy != null)
        {
            _catalog.Get(chart.Table, chart.SeriesBy);
        }

        var visualization = new XElement(
            "visualization",
            new XElement("savedqueryvisualizationid", AppXml.Braced(chart.Id)),
            new XElement("datadescription", new XElement(
                "datadefinition",
                new XElement("fetchcollection", Fetch(chart)),
                new XElement("categorycollection", new XElement("category", new XElement("measurecollection", new XElement("measure", new XAttribute("alias", "aggregate_column"))))))),
            new XElement("presentationdescription", Presentation(chart.Kind)),
            // No <primaryentitytypecode>: the schema does not allow it in a visualization, and the chart's table is its folder.
            new XElement("isdefault", "0"),
            new XElement("IntroducedVersion", _version),
            AppXml.LocalizedNames(chart.Name),
            AppXml.Descriptions(chart.Description));
        var path = $"{SolutionPaths.EntitiesFolder}/{_catalog.FolderOf(chart.Table)}/{SolutionPaths.VisualizationsFolder}/{AppXml.Braced(chart.Id)}.xml";
        return new GeneratedFile(path, XmlFiles.Serialize(new XDocument(visualization)));
    }

    /// <summary>The chart's aggregate FetchXML.</summary>
    public static XElement Fetch(ChartDefinition chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return new XElement(
            "fetch",
            new XAttribute("mapping", "logical"),
            new XAttribute("aggregate", "true"),
            new XElement(
                "entity",
                new XAttribute("name", chart.Table),
                new XElement("attribute", new XAttribute("groupby", "true"), new XAttribute("alias", "groupby_column"), new XAttribute("name", chart.GroupBy)),
                chart.SeriesBy == null ? null : new XElement("attribute", new XAttribute("groupby", "true"), new XAttribute("alias", "series_column"), new XAttribute("name", chart.SeriesBy)),
                new XElement("attribute", new XAttribute("alias", "aggregate_column"), new XAttribute("name", chart.CountColumn), new XAttribute("aggregate", "count")),
                AppXml.Fragment(chart.Filter)));
    }

    private static XElement Presentation(ChartKind kind)
    {
        var axisFont = "{0}, 10.5px";
        XElement Axis(string name, bool grid) => new(
            name,
            new XAttribute("LabelAutoFitMinFontSize", "8"),
            new XAttribute("TitleForeColor", "59, 59, 59"),
            new XAttribute("TitleFont", axisFont),
            new XAttribute("LineColor", "165, 172, 181"),
            new XAttribute("IntervalAutoMode", "VariableCount"),
            // The chart designer writes the value axis's grid before its tick marks and the category axis's after.
            grid ? new XElement("MajorGrid", new XAttribute("LineColor", "239, 242, 246")) : null,
            new XElement("MajorTickMark", new XAttribute("LineColor", "165, 172, 181")),
            grid ? null : new XElement("MajorGrid", new XAttribute("LineColor", "Transparent")),
            new XElement("LabelStyle", new XAttribute("Font", axisFont), new XAttribute("ForeColor", "59, 59, 59")));
        return new XElement(
            "Chart",
            new XAttribute("Palette", "None"),
            new XAttribute("PaletteCustomColors", Palette),
            new XElement("Series", new XElement(
                "Series",
                new XAttribute("ChartType", kind.ToString()),
                new XAttribute("IsValueShownAsLabel", "True"),
                new XAttribute("Font", "{0}, 9.5px"),
                new XAttribute("LabelForeColor", "59, 59, 59"),
                new XAttribute("CustomProperties", "PointWidth=0.75, MaxPixelPointWidth=40"),
                new XElement("SmartLabelStyle", new XAttribute("Enabled", "True")))),
            new XElement("ChartAreas", new XElement(
                "ChartArea",
                new XAttribute("BorderColor", "White"),
                new XAttribute("BorderDashStyle", "Solid"),
                Axis("AxisY", grid: true),
                Axis("AxisX", grid: false))),
            kind == ChartKind.StackedColumn ? new XElement("Legends", new XElement("Legend", new XAttribute("Alignment", "Center"), new XAttribute("LegendStyle", "Table"), new XAttribute("Docking", "Bottom"), new XAttribute("Font", "{0}, 11px"), new XAttribute("ForeColor", "59, 59, 59"))) : null,
            new XElement("Titles", new XElement("Title", new XAttribute("Alignment", "TopLeft"), new XAttribute("DockingOffset", "-3"), new XAttribute("Font", "{0}, 13px"), new XAttribute("ForeColor", "59, 59, 59"), string.Empty)));
    }
}
