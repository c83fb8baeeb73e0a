using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// Relationship definitions (Other/Relationships/*.xml): the lookup column a 1:N relationship names
/// (ReferencingAttributeName) must exist on the referencing table, and the list Other/Relationships.xml
/// and the definitions must name the same relationships. Tables neither in the folder nor in
/// <see cref="StandardColumns"/> cannot be checked and are skipped.
/// </summary>
public sealed class RelationshipsCheck : ISolutionCheck
{
    private const string RelationshipList = "Other/Relationships.xml";

    /// <inheritdoc />
    public void Check(SolutionFolder folder, ICollection<SolutionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(problems);
        var defined = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, document) in folder.DocumentsUnder(SolutionPaths.RelationshipsFolder))
        {
            foreach (var relationship in document.Root?.Elements("EntityRelationship") ?? Enumerable.Empty<System.Xml.Linq.XElement>())
            {
                var name = (string?)relationship.Attribute("Name") ?? "(unnamed)";
                defined.Add(name);
                var table = relationship.Element("ReferencingEntityName")?.Value.Trim();
                var column = relationship.Element("ReferencingAttributeName")?.Value.Trim();
                if (string.IsNullOrEmpty(table) || string.IsNullOrEmpty(column))
                {
                    continue;
                }

                var columns = folder.ColumnsOf(table);
                if (columns != null && !columns.Contains(column))
                {
                    problems.Add(new SolutionProblem(path, $"relationship {name}: lookup column {column.ToLowerInvariant()} does not exist on table {table.ToLowerInvariant()}; add the column to the table's Entity.xml or fix ReferencingAttributeName."));
                }
            }
        }

        var list = folder.Document(RelationshipList);
        if (list?.Root == null)
        {
            return;
        }

        var listed = list.Root.Elements("EntityRelationship").Select(r => (string?)r.Attribute("Name")).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in listed.Where(n => !defined.Contains(n)).Order(StringComparer.Ordinal))
        {
            problems.Add(new SolutionProblem(RelationshipList, $"relationship {name} is listed but no file under {SolutionPaths.RelationshipsFolder} defines it; add its definition or remove it from the list."));
        }

        foreach (var name in defined.Where(n => !listed.Contains(n)).Order(StringComparer.Ordinal))
        {
            problems.Add(new SolutionProblem(RelationshipList, $"relationship {name} is defined under {SolutionPaths.RelationshipsFolder} but not listed; add <EntityRelationship Name=\"{name}\" />."));
        }
    }
}
