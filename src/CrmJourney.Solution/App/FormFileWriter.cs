using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using CrmJourney.Solution.Xml;

namespace CrmJourney.Solution.App;

/// <summary>
/// Writes <c>Entities/&lt;table folder&gt;/FormXml/&lt;main|quick&gt;/{form id}.xml</c> in the shape of
/// exported forms: a <c>forms</c> root with one <c>systemform</c> whose <c>form</c> holds the tabs
/// (one column each), sections (one cell per row, the label from the column's display name), the
/// control of each cell (class id by column type), subgrids, the script library and its handlers,
/// and the display conditions. Tab, section, cell and handler ids are name-based Guids of the form id
/// and the element's name, so regenerating never changes them.
/// </summary>
public sealed class FormFileWriter
{
    /// <summary>The class id of a subgrid control.</summary>
    public const string SubgridClassId = "{E7A81278-8635-4d9e-8D4D-59480B391C5B}";

    // Control class ids by Entity.xml attribute type, as exported forms carry them.
    private static readonly Dictionary<string, string> _classIds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nvarchar"] = "{4273EDBD-AC1D-40d3-9FB2-095C621B552D}",
        ["ntext"] = "{E0DECE4B-6FC8-4a8f-A065-082708572369}",
        ["memo"] = "{E0DECE4B-6FC8-4a8f-A065-082708572369}",
        ["lookup"] = "{270BD3DB-D9AF-4782-9025-509E298DEC0A}",
        ["owner"] = "{270BD3DB-D9AF-4782-9025-509E298DEC0A}",
        ["customer"] = "{270BD3DB-D9AF-4782-9025-509E298DEC0A}",
        ["picklist"] = "{3EF39988-22BB-4f0b-BBBE-64B5A3748AEE}",
        ["state"] = "{3EF39988-22BB-4f0b-BBBE-64B5A3748AEE}",
        ["status"] = "{3EF39988-22BB-4f0b-BBBE-64B5A3748AEE}",
        ["multiselectpicklist"] = "{4AA28AB7-9C13-4F57-A73D-AD894D048B5F}",
        ["datetime"] = "{5B773807-9FB2-42db-97C3-7A91EFF8ADFF}",
        ["int"] = "{C6D124CA-7EDA-4a60-AEA9-7FB8D318B68F}",
        ["decimal"] = "{C3EFE0C3-0EC6-42be-8349-CBD9079DFD8E}",
        ["money"] = "{533B9E00-756B-4312-95A0-DC888637AC78}",
        ["bit"] = "{67FAC785-CD58-4F9F-ABB3-4B7DDC6ED5ED}",
    };

    private readonly ColumnCatalog _catalog;
    private readonly string _version;

    /// <summary>A writer for forms of the tables in <paramref name="catalog"/>, introduced in <paramref name="version"/>.</summary>
    public FormFileWriter(ColumnCatalog catalog, string version)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        _catalog = catalog;
        _version = version;
    }

    /// <summary>The folder name of a form kind under FormXml/ (and the <c>forms type</c> it merges into).</summary>
    public static string KindFolder(FormKind kind) => kind == FormKind.QuickCreate ? "quick" : "main";

    /// <summary>The form's file.</summary>
    public GeneratedFile Write(FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var duplicate = form.Cells.GroupBy(c => c.ControlId, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate != null)
        {
            throw new InvalidOperationException($"Form {form.Name} has two controls named {duplicate.Key}; give each cell its own column or grid name.");
        }

        var formElement = new XElement(
            "form",
            form.Kind == FormKind.Main ? new XAttribute("headerdensity", "HighWithControls") : null,
            new XElement("tabs", form.Tabs.Select(t => Tab(form, t))),
            Script(form),
            new XElement("DisplayConditions", new XAttribute("Order", "0"), new XAttribute("FallbackForm", "true"), new XElement("Everyone")));
        var systemForm = new XElement(
            "systemform",
            new XElement("formid", AppXml.Braced(form.Id)),
            new XElement("IntroducedVersion", _version),
            new XElement("FormPresentation", "1"),
            new XElement("FormActivationState", "1"),
            formElement,
            new XElement("IsCustomizable", "1"),
            new XElement("CanBeDeleted", "1"),
            AppXml.LocalizedNames(form.Name),
            AppXml.Descriptions(form.Description));
        var document = new XDocument(new XElement("forms", new XAttribute(XNamespace.Xmlns + "xsi", AppXml.Xsi.NamespaceName), systemForm));
        var path = $"{SolutionPaths.EntitiesFolder}/{_catalog.FolderOf(form.Table)}/FormXml/{KindFolder(form.Kind)}/{AppXml.Braced(form.Id)}.xml";
        return new GeneratedFile(path, XmlFiles.Serialize(document));
    }

    private XElement Tab(FormDefinition form, FormTab tab) => new(
        "tab",
        new XAttribute("name", tab.Name),
        new XAttribute("id", AppXml.Braced(Id(form, "tab", tab.Name))),
        new XAttribute("IsUserDefined", "0"),
        new XAttribute("locklevel", "0"),
        new XAttribute("showlabel", "true"),
        new XAttribute("expanded", "true"),
        AppXml.Labels(tab.Label),
        new XElement("columns", new XElement("column", new XAttribute("width", "100%"), new XElement("sections", tab.Sections.Select(s => Section(form, s))))));

    private XElement Section(FormDefinition form, FormSection section) => new(
        "section",
        new XAttribute("name", section.Name),
        new XAttribute("showlabel", "true"),
        new XAttribute("showbar", "false"),
        new XAttribute("locklevel", "0"),
        new XAttribute("id", AppXml.Braced(Id(form, "section", section.Name))),
        new XAttribute("IsUserDefined", "0"),
        new XAttribute("layout", "varwidth"),
        new XAttribute("columns", "1"),
        new XAttribute("labelwidth", "115"),
        new XAttribute("celllabelalignment", "Left"),
        new XAttribute("celllabelposition", "Left"),
        AppXml.Labels(section.Label),
        new XElement("rows", section.Cells.Select(c => new XElement("row", Cell(form, c)))));

    private XElement Cell(FormDefinition form, FormCell cell)
    {
        var id = AppXml.Braced(Id(form, "cell", cell.ControlId));
        if (cell is SubgridCell grid)
        {
            return new XElement(
                "cell",
                new XAttribute("id", id),
                new XAttribute("showlabel", "true"),
                new XAttribute("colspan", "1"),
                new XAttribute("auto", "false"),
                new XAttribute("rowspan", grid.RecordsPerPage.ToString(CultureInfo.InvariantCulture)),
                AppXml.Labels(grid.Label),
                new XElement(
                    "control",
                    new XAttribute("id", grid.Name),
                    new XAttribute("classid", SubgridClassId),
                    new XAttribute("indicationOfSubgrid", "true"),
                    new XElement(
                        "parameters",
                        new XElement("ViewId", AppXml.Braced(grid.ViewId)),
                        new XElement("IsUserView", "false"),
                        new XElement("RelationshipName", grid.Relationship),
                        new XElement("TargetEntityType", grid.Table),
                        new XElement("AutoExpand", "Fixed"),
                        new XElement("EnableQuickFind", "false"),
                        new XElement("EnableViewPicker", "false"),
                        new XElement("ViewIds"),
                        new XElement("EnableJumpBar", "false"),
                        new XElement("ChartGridMode", "Grid"),
                        new XElement("VisualizationId"),
                        new XElement("IsUserChart", "false"),
                        new XElement("EnableChartPicker", "false"),
                        new XElement("RecordsPerPage", grid.RecordsPerPage.ToString(CultureInfo.InvariantCulture)))));
        }

        var field = (FieldCell)cell;
        var column = _catalog.Get(form.Table, field.Column);
        if (!_classIds.TryGetValue(column.Type, out var classId))
        {
            throw new InvalidOperationException($"Form {form.Name}: column {form.Table}.{field.Column} is of type {column.Type}, which has no form control here; show another column or add the type's class id to FormFileWriter.");
        }

        return new XElement(
            "cell",
            new XAttribute("id", id),
            new XAttribute("showlabel", "true"),
            new XAttribute("locklevel", "0"),
            AppXml.Labels(field.Label ?? column.Label),
            new XElement(
                "control",
                new XAttribute("id", field.Column),
                new XAttribute("classid", classId),
                new XAttribute("datafieldname", field.Column),
                new XAttribute("disabled", form.ReadOnly || field.ReadOnly ? "true" : "false")));
    }

    // Exports write formLibraries before events; library names carry no $webresource: prefix.
    private static IEnumerable<XElement> Script(FormDefinition form)
    {
        if (form.Script is not { } script)
        {
            yield break;
        }

        yield return new XElement("formLibraries", new XElement("Library", new XAttribute("name", script.WebResource), new XAttribute("libraryUniqueId", AppXml.Braced(Id(form, "library", script.WebResource)))));
        yield return new XElement(
            "events",
            script.Handlers.GroupBy(h => (h.EventName, h.Column)).Select(g => new XElement(
                "event",
                new XAttribute("name", g.Key.EventName),
                new XAttribute("application", "false"),
                new XAttribute("active", "false"),
                g.Key.Column == null ? null : new XAttribute("attribute", g.Key.Column),
                new XElement("Handlers", g.Select(h => new XElement(
                    "Handler",
                    new XAttribute("functionName", h.Function),
                    new XAttribute("libraryName", script.WebResource),
                    new XAttribute("handlerUniqueId", AppXml.Braced(Id(form, "handler", h.EventName + ":" + h.Column + ":" + h.Function))),
                    new XAttribute("enabled", "true"),
                    new XAttribute("parameters", string.Empty),
                    new XAttribute("passExecutionContext", "true")))))));
    }

    private static Guid Id(FormDefinition form, string kind, string name) => DeterministicGuid.From($"form:{form.Id:D}:{kind}:{name}");
}
