using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CrmJourney.LocalOrg.Metadata;

namespace CrmJourney.LocalOrg.Solution;

/// <summary>
/// The tables and relationships of the shipped solution, read from its unpacked <c>src</c> folder so
/// LocalOrg runs against the schema that is deployed, not a hand-copied one. Custom tables come back as
/// full definitions; the standard tables the solution extends (account, opportunity, lead, task) come
/// back as extensions holding only their <c>cjp_</c> columns, to be merged into the standard tables by
/// <see cref="SolutionCatalogExtensions.WithSolution(MetadataCatalog, SolutionMetadata)"/>.
/// </summary>
/// <remarks>
/// Lookup targets come from <c>Other/Relationships/*.xml</c> (Entity.xml does not state them), choice
/// values from <c>OptionSets/*.xml</c>. Relationships are returned for the lookups the tables keep;
/// those on platform columns LocalOrg does not model (owning business unit, currency…) and the
/// polymorphic <c>owner_…</c> ones are left out.
/// </remarks>
public sealed class SolutionMetadata
{
    private const string OwnerPseudoTable = "owner";

    private SolutionMetadata(IReadOnlyList<TableDefinition> tables, IReadOnlyList<RelationshipDefinition> relationships)
    {
        Tables = tables;
        Relationships = relationships;
    }

    /// <summary>Every table of the solution, ordered by logical name.</summary>
    public IReadOnlyList<TableDefinition> Tables { get; }

    /// <summary>The one-to-many relationships behind the tables' lookups.</summary>
    public IReadOnlyList<RelationshipDefinition> Relationships { get; }

    /// <summary>The table with this logical name, or null.</summary>
    public TableDefinition? FindTable(string logicalName) => Tables.FirstOrDefault(table => table.LogicalName == logicalName);

    /// <summary>
    /// Reads the solution in <paramref name="solutionSrcDirectory"/> (e.g. <c>solution-package/src</c>).
    /// Throws <see cref="SolutionMetadataException"/> listing every problem, each naming its file.
    /// </summary>
    public static SolutionMetadata Read(string solutionSrcDirectory)
    {
        var root = Path.GetFullPath(solutionSrcDirectory);
        var entitiesFolder = Path.Combine(root, SolutionPaths.Entities);
        if (!Directory.Exists(entitiesFolder))
        {
            throw new SolutionMetadataException(new[]
            {
                $"{solutionSrcDirectory}: no {SolutionPaths.Entities} folder; pass the unpacked solution's src folder (e.g. solution-package/src).",
            });
        }

        var problems = new List<string>();
        var choices = OptionSetXmlReader.ReadAll(root, problems);
        var relationships = RelationshipXmlReader.ReadAll(root, problems);
        var byColumn = relationships.ToLookup(relationship => (relationship.ReferencingTable, relationship.ReferencingColumn));
        var tables = ReadTables(root, entitiesFolder, choices, byColumn, problems);
        var definitions = KeptRelationships(tables, relationships, problems);
        if (problems.Count > 0)
        {
            throw new SolutionMetadataException(problems);
        }

        return new SolutionMetadata(
            tables.Values.Select(table => table.Definition).OrderBy(table => table.LogicalName, StringComparer.Ordinal).ToArray(),
            definitions);
    }

    private static Dictionary<string, SolutionTable> ReadTables(
        string root,
        string entitiesFolder,
        IReadOnlyDictionary<string, int[]> choices,
        ILookup<(string Table, string Column), SolutionRelationship> byColumn,
        List<string> problems)
    {
        var tables = new Dictionary<string, SolutionTable>(StringComparer.Ordinal);
        var folders = Directory.GetDirectories(entitiesFolder);
        Array.Sort(folders, StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var file = Path.Combine(folder, SolutionPaths.EntityFile);
            if (!File.Exists(file))
            {
                problems.Add($"{SolutionXml.DisplayPath(root, folder)}: no {SolutionPaths.EntityFile} in this table folder.");
                continue;
            }

            var table = EntityXmlReader.Read(root, file, choices, byColumn, problems);
            if (table == null)
            {
                continue;
            }

            if (tables.TryGetValue(table.Definition.LogicalName, out var other))
            {
                problems.Add($"{table.File}: table {table.Definition.LogicalName} is already defined by {other.File}.");
                continue;
            }

            tables.Add(table.Definition.LogicalName, table);
        }

        return tables;
    }

    private static RelationshipDefinition[] KeptRelationships(
        Dictionary<string, SolutionTable> tables,
        IReadOnlyList<SolutionRelationship> relationships,
        List<string> problems)
    {
        var kept = new List<RelationshipDefinition>();
        foreach (var relationship in relationships)
        {
            if (relationship.ReferencedTable == OwnerPseudoTable || !tables.TryGetValue(relationship.ReferencingTable, out var table))
            {
                continue;
            }

            if (!table.DeclaredAttributes.Contains(relationship.ReferencingColumn) && !table.Definition.IsExtension)
            {
                problems.Add(
                    $"{relationship.File}: relationship {relationship.Name} names {relationship.ReferencingTable}.{relationship.ReferencingColumn}, which {table.File} does not declare.");
                continue;
            }

            var column = table.Definition.FindColumn(relationship.ReferencingColumn);
            if (column?.Type == ColumnType.Lookup && column.Targets.Contains(relationship.ReferencedTable, StringComparer.Ordinal))
            {
                kept.Add(new RelationshipDefinition(relationship.Name, relationship.ReferencedTable, relationship.ReferencingTable, relationship.ReferencingColumn));
            }
        }

        return kept.ToArray();
    }
}
