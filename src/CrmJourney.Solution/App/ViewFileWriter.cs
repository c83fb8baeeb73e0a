using System;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using CrmJourney.Solution.Xml;

namespace CrmJourney.Solution.App;

/// <summary>
/// Writes <c>Entities/&lt;table folder&gt;/SavedQueries/{view id}.xml</c> in the shape of exported views
/// (solution-package/README.md, "view file"): a <c>savedqueries</c> root holding one <c>savedquery</c>
/// with its grid layout, query type and FetchXML.
/// </summary>
public sealed class ViewFileWriter
{
    private readonly ColumnCatalog _catalog;
    private readonly string _version;

    /// <summary>A writer for views of the tables in <paramref name="catalog"/>, introduced in <paramref name="version"/>.</summary>
    public ViewFileWriter(ColumnCatalog catalog, string version)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        _catalog = catalog;
        _version = version;
    }

    /// <summary>The relative path of a view's file.</summary>
    public string PathOf(ViewDefinition view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return $"{SolutionPaths.EntitiesFolder}/{_catalog.FolderOf(view.Table)}/{SolutionPaths.SavedQueriesFolder}/{AppXml.Braced(view.Id)}.xml";
    }

    /// <summary>The view's file.</summary>
    public GeneratedFile Write(ViewDefinition view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var column in view.Columns.Select(c => c.Column).Append(view.OrderBy))
        {
            _catalog.Get(view.Table, column);
        }

        var quickFind = view.Kind == ViewKind.QuickFind;
        var savedQuery = new XElement(
            "savedquery",
            new XElement("IsCustomizable", "1"),
            new XElement("CanBeDeleted", view.IsDefault ? "0" : "1"),
            new XElement("isquickfindquery", quickFind ? "1" : "0"),
            new XElement("isprivate", "0"),
            new XElement("isdefault", view.IsDefault ? "1" : "0"),
            new XElement("savedqueryid", AppXml.Braced(view.Id)),
            new XElement("layoutxml", Layout(view)),
            new XElement("querytype", ((int)view.Kind).ToString(CultureInfo.InvariantCulture)),
            new XElement("fetchxml", Fetch(view)),
            new XElement("IntroducedVersion", _version),
            AppXml.LocalizedNames(view.Name),
            AppXml.Descriptions(view.Description));
        var document = new XDocument(new XElement("savedqueries", new XAttribute(XNamespace.Xmlns + "xsi", AppXml.Xsi.NamespaceName), savedQuery));
        return new GeneratedFile(PathOf(view), XmlFiles.Serialize(document));
    }

    /// <summary>The view's FetchXML: every grid column, the primary id, the order and the filter.</summary>
    public static XElement Fetch(ViewDefinition view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new XElement(
            "fetch",
            new XAttribute("version", "1.0"),
            new XAttribute("output-format", "xml-platform"),
            new XAttribute("mapping", "logical"),
            new XAttribute("distinct", "false"),
            new XElement(
                "entity",
                new XAttribute("name", view.Table),
                view.Columns.Select(c => c.Column).Append(view.PrimaryId).Distinct(StringComparer.Ordinal).Select(c => new XElement("attribute", new XAttribute("name", c))),
                new XElement("order", new XAttribute("attribute", view.OrderBy), new XAttribute("descending", view.Descending ? "true" : "false")),
                AppXml.Fragment(view.Filter)));
    }

    private static XElement Layout(ViewDefinition view) =>
        new(
            "grid",
            new XAttribute("name", "resultset"),
            new XAttribute("jump", view.Columns[0].Column),
            new XAttribute("select", "1"),
            new XAttribute("icon", "1"),
            new XAttribute("preview", view.Kind == ViewKind.Lookup ? "0" : "1"),
            new XElement(
                "row",
                new XAttribute("name", "result"),
                new XAttribute("id", view.PrimaryId),
                view.Columns.Select(c => new XElement("cell", new XAttribute("name", c.Column), new XAttribute("width", c.Width.ToString(CultureInfo.InvariantCulture))))));
}
