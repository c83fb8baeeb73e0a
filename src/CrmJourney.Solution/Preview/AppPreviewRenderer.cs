using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Xml.Linq;

namespace CrmJourney.Solution.Preview;

/// <summary>
/// Renders what the solution's app looks like without Dataverse, as static HTML read from the
/// unpacked folder's own files (what the zip carries, not the declarations): <c>index.html</c> with
/// each app's site map (areas, groups, entries) and the list of forms, and one page per form with its
/// tabs, sections, fields (label, column, read-only) and subgrids (label, table, the view's name and
/// columns). No script, no external resource: the pages open from disk anywhere.
/// </summary>
public static class AppPreviewRenderer
{
    private const string Style = """
        body{font-family:"Segoe UI",Arial,sans-serif;margin:0;background:#f3f2f1;color:#201f1e}
        header{background:#0f3b6e;color:#fff;padding:12px 24px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;font-size:13px;opacity:.85}
        main{padding:16px 24px;max-width:1200px}a{color:#0f5fa8}
        .tab{background:#fff;border:1px solid #d2d0ce;border-radius:4px;margin:0 0 16px;padding:8px 16px}
        .tab>h2{font-size:16px;border-bottom:2px solid #0f5fa8;display:inline-block;padding-bottom:4px}
        .sections{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:12px}
        .section:has(.grid){grid-column:1/-1}.section{border:1px solid #edebe9;border-radius:4px;padding:8px 12px;background:#faf9f8}.section h3{font-size:13px;margin:0 0 6px;text-transform:uppercase;color:#605e5c}
        .field{display:grid;grid-template-columns:150px 1fr;gap:8px;padding:3px 0;font-size:13px}.field .label{color:#605e5c}
        .field .value{border-bottom:1px solid #c8c6c4;color:#a19f9d;font-family:Consolas,monospace;font-size:12px}.field.readonly .value{border-bottom-style:dotted}
        .lock{font-size:11px;color:#8a8886;margin-left:4px}
        .grid{border:1px solid #c8c6c4;border-radius:4px;background:#fff;margin:4px 0}.grid .caption{padding:4px 8px;font-size:13px;font-weight:600;background:#f3f2f1}
        .grid table{border-collapse:collapse;width:100%;font-size:12px}.grid th{text-align:left;padding:4px 8px;border-top:1px solid #edebe9;color:#605e5c;font-weight:600}.grid td{padding:4px 8px;color:#a19f9d}
        .sitemap{display:flex;gap:16px;flex-wrap:wrap}.area{background:#fff;border:1px solid #d2d0ce;border-radius:4px;padding:8px 16px;min-width:260px}
        .area h2{font-size:16px;margin:4px 0}.group h3{font-size:12px;text-transform:uppercase;color:#605e5c;margin:10px 0 4px}.group ul{margin:0;padding-left:18px;font-size:14px}
        .target{color:#8a8886;font-size:12px}table.forms{border-collapse:collapse;background:#fff;font-size:13px}table.forms td,table.forms th{border:1px solid #edebe9;padding:4px 10px;text-align:left}
        """;

    /// <summary>The pages for the unpacked folder <paramref name="solutionFolder"/>; throws <see cref="InvalidDataException"/> when it holds no form and no site map.</summary>
    public static IReadOnlyList<PreviewPage> Render(string solutionFolder)
    {
        ArgumentNullException.ThrowIfNull(solutionFolder);
        var views = ReadViews(solutionFolder);
        var labels = ReadLabels(solutionFolder);
        var forms = ReadForms(solutionFolder);
        var siteMaps = Files(solutionFolder, SolutionPaths.AppModuleSiteMapsFolder, "AppModuleSiteMap.xml").Select(f => XDocument.Load(f).Root!).ToList();
        if (forms.Count == 0 && siteMaps.Count == 0)
        {
            throw new InvalidDataException($"{solutionFolder} holds no form (Entities/<table>/FormXml) and no site map (AppModuleSiteMaps); run 'cjp solution sync' or point at an unpacked solution that has an app.");
        }

        var pages = new List<PreviewPage>();
        foreach (var form in forms)
        {
            pages.Add(new PreviewPage(form.FileName, $"{form.Name} ({form.Table}, {form.Kind})", FormPage(form, views, labels)));
        }

        pages.Insert(0, new PreviewPage("index.html", "App preview", IndexPage(siteMaps, forms, views)));
        return pages;
    }

    private static string IndexPage(List<XElement> siteMaps, List<FormInfo> forms, Dictionary<Guid, ViewInfo> views)
    {
        var body = new StringBuilder();
        foreach (var siteMap in siteMaps)
        {
            body.Append("<h2>Site map: ").Append(Encode(LocalizedName(siteMap) ?? siteMap.Element("SiteMapUniqueName")?.Value ?? "app")).Append("</h2><div class=\"sitemap\">");
            foreach (var area in siteMap.Element("SiteMap")?.Elements("Area") ?? Enumerable.Empty<XElement>())
            {
                body.Append("<section class=\"area\"><h2>").Append(Encode(Title(area))).Append("</h2>");
                foreach (var group in area.Elements("Group"))
                {
                    body.Append("<div class=\"group\"><h3>").Append(Encode(Title(group))).Append("</h3><ul>");
                    foreach (var entry in group.Elements("SubArea"))
                    {
                        body.Append("<li>").Append(Encode(Title(entry))).Append(" <span class=\"target\">").Append(Encode(Target(entry, views))).Append("</span></li>");
                    }

                    body.Append("</ul></div>");
                }

                body.Append("</section>");
            }

            body.Append("</div>");
        }

        body.Append("<h2>Forms</h2><table class=\"forms\"><tr><th>Form</th><th>Table</th><th>Kind</th><th>Tabs</th></tr>");
        foreach (var form in forms)
        {
            body.Append("<tr><td><a href=\"").Append(Encode(form.FileName)).Append("\">").Append(Encode(form.Name)).Append("</a></td><td>").Append(Encode(form.Table))
                .Append("</td><td>").Append(Encode(form.Kind)).Append("</td><td>").Append(Encode(string.Join(", ", form.Form.Descendants("tab").Select(Label)))).Append("</td></tr>");
        }

        body.Append("</table>");
        return Document("App preview", "The app's navigation and forms, rendered from the solution files.", body.ToString());
    }

    private static string FormPage(FormInfo form, Dictionary<Guid, ViewInfo> views, Dictionary<(string, string), string> labels)
    {
        var body = new StringBuilder("<p><a href=\"index.html\">← App preview</a></p>");
        foreach (var tab in form.Form.Element("form")?.Element("tabs")?.Elements("tab") ?? Enumerable.Empty<XElement>())
        {
            body.Append("<section class=\"tab\" data-tab=\"").Append(Encode((string?)tab.Attribute("name") ?? string.Empty)).Append("\"><h2>").Append(Encode(Label(tab))).Append("</h2><div class=\"sections\">");
            foreach (var section in tab.Descendants("section"))
            {
                body.Append("<div class=\"section\" data-section=\"").Append(Encode((string?)section.Attribute("name") ?? string.Empty)).Append("\"><h3>").Append(Encode(Label(section))).Append("</h3>");
                foreach (var cell in section.Descendants("cell"))
                {
                    var control = cell.Element("control");
                    if (control == null)
                    {
                        continue;
                    }

                    if ((string?)control.Attribute("indicationOfSubgrid") == "true")
                    {
                        body.Append(Grid(Label(cell), control, views, labels));
                        continue;
                    }

                    var column = (string?)control.Attribute("datafieldname") ?? string.Empty;
                    var readOnly = (string?)control.Attribute("disabled") == "true";
                    body.Append("<div class=\"field").Append(readOnly ? " readonly" : string.Empty).Append("\"><span class=\"label\">").Append(Encode(Label(cell)))
                        .Append(readOnly ? "<span class=\"lock\" title=\"read-only\">(read-only)</span>" : string.Empty)
                        .Append("</span><span class=\"value\">").Append(Encode(column)).Append("</span></div>");
                }

                body.Append("</div>");
            }

            body.Append("</div></section>");
        }

        var script = form.Form.Element("form")?.Element("formLibraries")?.Element("Library");
        if (script != null)
        {
            var handlers = form.Form.Descendants("Handler").Select(h => (string?)h.Attribute("functionName")).OfType<string>();
            body.Append("<p class=\"target\">Script ").Append(Encode((string?)script.Attribute("name") ?? string.Empty)).Append(": ").Append(Encode(string.Join(", ", handlers))).Append("</p>");
        }

        return Document($"{form.Name}", $"{form.Kind} form of {form.Table}", body.ToString());
    }

    private static string Grid(string label, XElement control, Dictionary<Guid, ViewInfo> views, Dictionary<(string, string), string> labels)
    {
        var parameters = control.Element("parameters");
        var table = parameters?.Element("TargetEntityType")?.Value ?? string.Empty;
        var view = Guid.TryParse(parameters?.Element("ViewId")?.Value, out var id) ? views.GetValueOrDefault(id) : null;
        var html = new StringBuilder("<div class=\"grid\" data-grid=\"").Append(Encode((string?)control.Attribute("id") ?? string.Empty)).Append("\"><div class=\"caption\">").Append(Encode(label))
            .Append(" <span class=\"target\">").Append(Encode(table)).Append(view == null ? string.Empty : " · view " + Encode(view.Name)).Append("</span></div><table><tr>");
        foreach (var column in view?.Columns ?? new List<string>())
        {
            var header = labels.GetValueOrDefault((table, column)) ?? CrmJourney.Solution.App.StandardColumnLabels.Find(table, column)?.Label ?? column;
            html.Append("<th>").Append(Encode(header)).Append("</th>");
        }

        html.Append("</tr><tr><td colspan=\"").Append((view?.Columns.Count ?? 1).ToString(CultureInfo.InvariantCulture)).Append("\">rows of the related ").Append(Encode(table)).Append(" records</td></tr></table></div>");
        return html.ToString();
    }

    private static string Target(XElement entry, Dictionary<Guid, ViewInfo> views)
    {
        if ((string?)entry.Attribute("DefaultDashboard") is { } dashboard)
        {
            return "dashboard " + dashboard;
        }

        var table = (string?)entry.Attribute("Entity") ?? string.Empty;
        var url = (string?)entry.Attribute("Url") ?? string.Empty;
        var marker = url.IndexOf("viewid=", StringComparison.Ordinal);
        if (marker >= 0 && Guid.TryParse(url[(marker + 7)..].Split('&')[0], out var viewId) && views.TryGetValue(viewId, out var view))
        {
            return $"{table} · view {view.Name}";
        }

        return table;
    }

    private static string Document(string title, string subtitle, string body) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title><style>{Style}</style></head><body><header><h1>{Encode(title)}</h1><p>{Encode(subtitle)}</p></header><main>{body}</main></body></html>\n";

    private static List<FormInfo> ReadForms(string root)
    {
        var forms = new List<FormInfo>();
        foreach (var file in Directory.Exists(SolutionPaths.Full(root, SolutionPaths.EntitiesFolder))
            ? Directory.EnumerateFiles(SolutionPaths.Full(root, SolutionPaths.EntitiesFolder), "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>())
        {
            var parts = SolutionPaths.Relative(root, file).Split('/');
            if (parts.Length != 5 || parts[2] != SolutionPaths.FormsFolder)
            {
                continue;
            }

            var table = TableOf(Path.Combine(root, parts[0], parts[1], SolutionPaths.EntityFile)) ?? parts[1].ToLowerInvariant();
            foreach (var systemForm in XDocument.Load(file).Root?.Elements("systemform") ?? Enumerable.Empty<XElement>())
            {
                var kind = parts[3] == "quick" ? "quick create" : parts[3];
                var name = LocalizedName(systemForm) ?? Path.GetFileNameWithoutExtension(file);
                forms.Add(new FormInfo($"form-{table}-{parts[3]}-{Slug(name)}.html", name, table, kind, systemForm));
            }
        }

        return forms;
    }

    private static Dictionary<Guid, ViewInfo> ReadViews(string root) =>
        Files(root, SolutionPaths.EntitiesFolder, "*.xml")
            .Where(f => f.Contains(Path.DirectorySeparatorChar + SolutionPaths.SavedQueriesFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .SelectMany(f => XDocument.Load(f).Descendants("savedquery"))
            .Where(q => Guid.TryParse(q.Element("savedqueryid")?.Value, out _))
            .GroupBy(q => Guid.Parse(q.Element("savedqueryid")!.Value))
            .ToDictionary(g => g.Key, g => new ViewInfo(LocalizedName(g.First()) ?? g.Key.ToString("D"), g.First().Descendants("cell").Select(c => (string?)c.Attribute("name")).OfType<string>().ToList()));

    // Column labels from Entity.xml, for the headers of subgrids.
    private static Dictionary<(string, string), string> ReadLabels(string root)
    {
        var labels = new Dictionary<(string, string), string>();
        foreach (var file in Files(root, SolutionPaths.EntitiesFolder, SolutionPaths.EntityFile))
        {
            var table = TableOf(file);
            foreach (var attribute in XDocument.Load(file).Descendants("attribute"))
            {
                var name = attribute.Element("LogicalName")?.Value;
                var label = (string?)attribute.Element("displaynames")?.Element("displayname")?.Attribute("description");
                if (table != null && name != null && label != null)
                {
                    labels[(table, name)] = label;
                }
            }
        }

        return labels;
    }

    private static string? TableOf(string entityFile) =>
        File.Exists(entityFile) ? ((string?)XDocument.Load(entityFile).Root?.Element("EntityInfo")?.Element("entity")?.Attribute("Name"))?.ToLowerInvariant() : null;

    private static IEnumerable<string> Files(string root, string folder, string pattern)
    {
        var full = SolutionPaths.Full(root, folder);
        return Directory.Exists(full) ? Directory.EnumerateFiles(full, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
    }

    private static string Label(XElement element) => (string?)element.Element("labels")?.Element("label")?.Attribute("description") ?? (string?)element.Attribute("name") ?? string.Empty;

    private static string Title(XElement element) => (string?)element.Element("Titles")?.Element("Title")?.Attribute("Title") ?? (string?)element.Attribute("Id") ?? string.Empty;

    private static string? LocalizedName(XElement element) => (string?)element.Element("LocalizedNames")?.Element("LocalizedName")?.Attribute("description");

    private static string Slug(string name) => new(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private sealed record FormInfo(string FileName, string Name, string Table, string Kind, XElement Form);

    private sealed record ViewInfo(string Name, List<string> Columns);
}
