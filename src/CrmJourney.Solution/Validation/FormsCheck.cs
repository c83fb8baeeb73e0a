using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// Forms (Entities/&lt;table&gt;/FormXml/…) and dashboards (Dashboards/…): every column a control binds
/// (<c>datafieldname</c>) exists on the form's table; a subgrid's table (<c>TargetEntityType</c>) exists,
/// its view (<c>ViewId</c>) is one of that table's views and its relationship (<c>RelationshipName</c>)
/// is defined, where the folder describes both tables completely; and every web resource the form
/// loads (script libraries, event handlers, web resource controls) is in the folder when it carries this
/// publisher's prefix. References the folder cannot settle — a standard table's columns and views,
/// another publisher's web resources — are left to the import (<see cref="ReferenceState.Unverifiable"/>).
/// </summary>
public sealed class FormsCheck : ISolutionCheck
{
    private const string WebResourceControlClass = "9FDF5F91-88B1-47F4-AD53-C11EFC01A01D";

    /// <inheritdoc />
    public void Check(SolutionFolder folder, ICollection<SolutionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(problems);
        var components = FolderComponents.Of(folder);
        var forms = folder.DocumentsUnder(SolutionPaths.EntitiesFolder).Concat(folder.DocumentsUnder("Dashboards"));
        foreach (var (path, document) in forms)
        {
            var table = path.StartsWith(SolutionPaths.EntitiesFolder + "/", StringComparison.OrdinalIgnoreCase) ? folder.TableOfPath(path) : null;
            foreach (var form in document.Descendants("systemform"))
            {
                var formName = form.Element("formid")?.Value.Trim() ?? "(no formid)";
                CheckControls(folder, components, path, formName, table, form, problems);
                CheckLibraries(folder, components, path, formName, form, problems);
            }
        }
    }

    private static void CheckControls(SolutionFolder folder, FolderComponents components, string path, string formName, string? table, XElement form, ICollection<SolutionProblem> problems)
    {
        foreach (var control in form.Descendants("control"))
        {
            var line = ((IXmlLineInfo)control).LineNumber;
            var column = (string?)control.Attribute("datafieldname");
            if (table != null && !string.IsNullOrWhiteSpace(column) && folder.Column(table, column) == ReferenceState.Missing)
            {
                problems.Add(new SolutionProblem(path, $"form {formName}: the control at line {line} binds column {column}, which does not exist on table {table}; fix datafieldname or add the column."));
            }

            var parameters = control.Element("parameters");
            if (parameters == null)
            {
                continue;
            }

            CheckSubgrid(folder, components, path, formName, table, line, parameters, problems);
            var classId = ((string?)control.Attribute("classid") ?? string.Empty).Trim('{', '}');
            var url = parameters.Element("Url")?.Value.Trim();
            if (classId.Equals(WebResourceControlClass, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(url))
            {
                WebResource(folder, components, path, formName, url, $"the web resource control at line {line}", problems);
            }
        }
    }

    private static void CheckSubgrid(SolutionFolder folder, FolderComponents components, string path, string formName, string? table, int line, XElement parameters, ICollection<SolutionProblem> problems)
    {
        var target = parameters.Element("TargetEntityType")?.Value.Trim();
        if (string.IsNullOrEmpty(target))
        {
            return;
        }

        if (folder.Table(target) == ReferenceState.Missing)
        {
            problems.Add(new SolutionProblem(path, $"form {formName}: the subgrid at line {line} shows table {target}, which is neither in the folder nor a standard table; fix TargetEntityType or add the table."));
            return;
        }

        if (!folder.DefinesCompletely(target))
        {
            return;
        }

        var viewId = FolderComponents.ParseId(parameters.Element("ViewId")?.Value);
        if (viewId is Guid id && id != Guid.Empty && components.TableOfView(id) is null)
        {
            problems.Add(new SolutionProblem(path, $"form {formName}: the subgrid at line {line} uses view {{{id:D}}}, which is not a view of table {target.ToLowerInvariant()} in the folder; pick one of its views in ViewId."));
        }
        else if (viewId is Guid other && components.TableOfView(other) is string owner && !owner.Equals(target, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new SolutionProblem(path, $"form {formName}: the subgrid at line {line} shows table {target.ToLowerInvariant()} with view {{{other:D}}}, a view of table {owner}; pick a view of {target.ToLowerInvariant()}."));
        }

        var relationship = parameters.Element("RelationshipName")?.Value.Trim();
        if (table != null && folder.DefinesCompletely(table) && !string.IsNullOrEmpty(relationship) && !components.HasRelationship(relationship))
        {
            problems.Add(new SolutionProblem(path, $"form {formName}: the subgrid at line {line} follows relationship {relationship}, which no file under {SolutionPaths.RelationshipsFolder} defines; fix RelationshipName or add the relationship."));
        }
    }

    private static void CheckLibraries(SolutionFolder folder, FolderComponents components, string path, string formName, XElement form, ICollection<SolutionProblem> problems)
    {
        foreach (var library in form.Descendants("Library"))
        {
            var name = (string?)library.Attribute("name");
            if (!string.IsNullOrWhiteSpace(name))
            {
                WebResource(folder, components, path, formName, name, $"the script library at line {((IXmlLineInfo)library).LineNumber}", problems);
            }
        }

        foreach (var handler in form.Descendants("Handler"))
        {
            var name = (string?)handler.Attribute("libraryName");
            if (!string.IsNullOrWhiteSpace(name))
            {
                WebResource(folder, components, path, formName, name, $"the event handler at line {((IXmlLineInfo)handler).LineNumber}", problems);
            }
        }
    }

    private static void WebResource(SolutionFolder folder, FolderComponents components, string path, string formName, string name, string what, ICollection<SolutionProblem> problems)
    {
        if (components.WebResource(folder, name) == ReferenceState.Missing)
        {
            problems.Add(new SolutionProblem(path, $"form {formName}: {what} loads web resource {name}, which is not in the folder; add it under WebResources or fix the name."));
        }
    }
}
