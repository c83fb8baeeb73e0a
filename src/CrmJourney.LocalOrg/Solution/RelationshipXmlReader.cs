using System.Collections.Generic;
using System.IO;
using System.Xml.Linq;

namespace CrmJourney.LocalOrg.Solution;

/// <summary>
/// Reads <c>Other/Relationships/*.xml</c>: the only place an unpacked solution states a lookup's target
/// (Entity.xml leaves <c>LookupTypes</c> empty). Many-to-many relationships carry no lookup column and
/// are skipped.
/// </summary>
internal static class RelationshipXmlReader
{
    private const string RelationshipElement = "EntityRelationship";
    private const string NameAttribute = "Name";
    private const string TypeElement = "EntityRelationshipType";
    private const string OneToMany = "OneToMany";
    private const string ReferencingEntityElement = "ReferencingEntityName";
    private const string ReferencedEntityElement = "ReferencedEntityName";
    private const string ReferencingAttributeElement = "ReferencingAttributeName";

    /// <summary>Every one-to-many relationship of every relationship file, in file order.</summary>
    public static IReadOnlyList<SolutionRelationship> ReadAll(string root, ICollection<string> problems)
    {
        var relationships = new List<SolutionRelationship>();
        foreach (var file in SolutionXml.SortedFiles(Path.Combine(root, SolutionPaths.Relationships), SolutionPaths.XmlPattern))
        {
            var document = SolutionXml.TryLoad(root, file, problems);
            if (document?.Root == null)
            {
                continue;
            }

            var path = SolutionXml.DisplayPath(root, file);
            foreach (var element in document.Root.Elements(RelationshipElement))
            {
                var relationship = Read(element, path, problems);
                if (relationship != null)
                {
                    relationships.Add(relationship);
                }
            }
        }

        return relationships;
    }

    private static SolutionRelationship? Read(XElement element, string path, ICollection<string> problems)
    {
        var name = element.Attribute(NameAttribute)?.Value.Trim();
        if (string.IsNullOrEmpty(name))
        {
            problems.Add($"{path}: an EntityRelationship has no Name attribute.");
            return null;
        }

        var type = SolutionXml.Text(element, TypeElement);
        if (type != null && type != OneToMany)
        {
            return null;
        }

        var referencing = SolutionXml.Text(element, ReferencingEntityElement);
        var referenced = SolutionXml.Text(element, ReferencedEntityElement);
        var column = SolutionXml.Text(element, ReferencingAttributeElement);
        if (referencing == null || referenced == null || column == null)
        {
            problems.Add($"{path}: relationship {name} needs ReferencingEntityName, ReferencedEntityName and ReferencingAttributeName.");
            return null;
        }

        return new SolutionRelationship(name, SolutionXml.Logical(referenced), SolutionXml.Logical(referencing), SolutionXml.Logical(column), path);
    }
}
