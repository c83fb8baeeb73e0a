using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// Relationship definitions (Other/Relationships/*.xml): every table a relationship names must exist
/// (in the folder, a standard table, or a declared missing dependency — the import fails otherwise);
/// the lookup column a 1:N relationship names (ReferencingAttributeName) must exist on the referencing
/// table, where the folder can tell (<see cref="SolutionFolder.Column"/>; the owner and audit lookups
/// the platform gives every table count); and the list Other/Relationships.xml and the definitions must
/// name the same relationships.
/// </summary>
public sealed class RelationshipsCheck : ISolutionCheck
{
    private const string RelationshipList = "Other/Relationships.xml";

    private static readonly string[] _tableElements = { "ReferencingEntityName", "ReferencedEntityName", "FirstEntityName", "SecondEntityName" };

    /// <inheritdoc />
    public void Check(SolutionFolder folder, ICollection<SolutionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(problems);
        var defined = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, document) in folder.DocumentsUnder(SolutionPaths.RelationshipsFolder))
        {
            foreach (var relationship in document.Root?.Elements("EntityRelationship") ?? Enumerable.Empty<XElement>())
            {
                var name = (string?)relationship.Attribute("Name") ?? "(unnamed)";
                defined.Add(name);
                foreach (var table in _tableElements.Select(e => relationship.Element(e)?.Value.Trim()).OfType<string>().Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    if (folder.Table(table) == ReferenceState.Missing)
                    {
                        problems.Add(new SolutionProblem(path, $"relationship {name}: table {table.ToLowerInvariant()} is neither in the folder nor a standard table; add the table's folder under Entities, or fix the name."));
                    }
                }

                var referencing = relationship.Element("ReferencingEntityName")?.Value.Trim();
                var column = relationship.Element("ReferencingAttributeName")?.Value.Trim();
                if (!string.IsNullOrEmpty(referencing) && !string.IsNullOrEmpty(column) && folder.Column(referencing, column) == ReferenceState.Missing)
                {
                    problems.Add(new SolutionProblem(path, $"relationship {name}: lookup column {column.ToLowerInvariant()} does not exist on table {referencing.ToLowerInvariant()}; add the column to the table's Entity.xml or fix ReferencingAttributeName."));
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
