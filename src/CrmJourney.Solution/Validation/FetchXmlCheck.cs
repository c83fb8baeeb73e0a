using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// The FetchXML of views (SavedQueries) and charts (Visualizations): it must be well-formed (exports
/// may carry it as escaped text, which the file's own parse does not check) and every table and column
/// it names — attributes, orders, conditions, link-entity from/to — must exist, or the view fails to
/// open after import. Conditions on a linked table's alias (<c>entityname</c>) are checked against
/// that table. What counts as missing is <see cref="SolutionFolder.Column"/>'s rule: a custom table the
/// folder describes completely must have the column; a standard table's own columns cannot be checked.
/// </summary>
public sealed class FetchXmlCheck : ISolutionCheck
{
    /// <inheritdoc />
    public void Check(SolutionFolder folder, ICollection<SolutionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var (path, document) in folder.DocumentsUnder(SolutionPaths.EntitiesFolder))
        {
            var fetchHolders = document.Descendants("fetchxml").Concat(document.Descendants("fetchcollection"));
            foreach (var holder in fetchHolders)
            {
                var fetch = holder.Element("fetch") ?? ParseText(path, holder, problems);
                if (fetch != null)
                {
                    CheckFetch(folder, path, fetch, problems);
                }
            }
        }
    }

    private static XElement? ParseText(string path, XElement holder, ICollection<SolutionProblem> problems)
    {
        var text = holder.Value.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return XElement.Parse(text, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            problems.Add(new SolutionProblem(path, $"the FetchXML in <{holder.Name.LocalName}> (line {((IXmlLineInfo)holder).LineNumber}) is not well-formed: {SolutionFolder.Malformed(e)}"));
            return null;
        }
    }

    private static void CheckFetch(SolutionFolder folder, string path, XElement fetch, ICollection<SolutionProblem> problems)
    {
        var entity = fetch.Element("entity");
        var table = (string?)entity?.Attribute("name");
        if (entity == null || string.IsNullOrWhiteSpace(table))
        {
            problems.Add(new SolutionProblem(path, "the FetchXML has no <entity name=\"…\">; name the table the query reads."));
            return;
        }

        var aliases = entity.Descendants("link-entity")
            .Where(l => l.Attribute("alias") != null && l.Attribute("name") != null)
            .GroupBy(l => (string)l.Attribute("alias")!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (string)g.First().Attribute("name")!, StringComparer.OrdinalIgnoreCase);
        CheckNode(folder, path, entity, table, aliases, problems);
    }

    private static void CheckNode(SolutionFolder folder, string path, XElement node, string table, Dictionary<string, string> aliases, ICollection<SolutionProblem> problems)
    {
        foreach (var child in node.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "attribute":
                    Column(folder, path, child, "name", table, problems);
                    break;
                case "order":
                    Column(folder, path, child, "attribute", table, problems);
                    break;
                case "filter":
                    CheckFilter(folder, path, child, table, aliases, problems);
                    break;
                case "link-entity":
                    var linked = (string?)child.Attribute("name");
                    if (string.IsNullOrWhiteSpace(linked))
                    {
                        problems.Add(new SolutionProblem(path, $"a <link-entity> at line {((IXmlLineInfo)child).LineNumber} has no name; name the linked table."));
                        break;
                    }

                    Column(folder, path, child, "to", table, problems);
                    Column(folder, path, child, "from", linked, problems);
                    CheckNode(folder, path, child, linked, aliases, problems);
                    break;
            }
        }
    }

    private static void CheckFilter(SolutionFolder folder, string path, XElement filter, string table, Dictionary<string, string> aliases, ICollection<SolutionProblem> problems)
    {
        foreach (var child in filter.Elements())
        {
            if (child.Name.LocalName == "filter")
            {
                CheckFilter(folder, path, child, table, aliases, problems);
            }
            else if (child.Name.LocalName == "condition")
            {
                var alias = (string?)child.Attribute("entityname");
                if (alias == null)
                {
                    Column(folder, path, child, "attribute", table, problems);
                }
                else if (aliases.TryGetValue(alias, out var aliasTable))
                {
                    Column(folder, path, child, "attribute", aliasTable, problems);
                }
                else
                {
                    problems.Add(new SolutionProblem(path, $"a condition at line {((IXmlLineInfo)child).LineNumber} names entityname \"{alias}\", which no link-entity alias declares; fix the alias."));
                }
            }
        }
    }

    private static void Column(SolutionFolder folder, string path, XElement element, string attributeName, string table, ICollection<SolutionProblem> problems)
    {
        var column = (string?)element.Attribute(attributeName);
        if (string.IsNullOrWhiteSpace(column) || folder.Column(table, column) != ReferenceState.Missing)
        {
            return;
        }

        problems.Add(new SolutionProblem(path, $"the FetchXML names column {column} (line {((IXmlLineInfo)element).LineNumber}), which does not exist on table {table.ToLowerInvariant()}; fix the name or add the column."));
    }
}
