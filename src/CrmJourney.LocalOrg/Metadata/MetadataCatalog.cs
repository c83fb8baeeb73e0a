using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace CrmJourney.LocalOrg.Metadata;

/// <summary>
/// Every table and relationship an organization knows. Immutable: <see cref="With(TableDefinition)"/>
/// and <see cref="With(RelationshipDefinition)"/> return a new catalog, so a catalog can be shared by
/// many organizations (tests build one per test) and extended safely.
/// </summary>
/// <remarks>
/// Adding a table that already exists merges the two definitions (see
/// <see cref="TableDefinition.MergedWith"/>): the standard table declared in code plus the extension
/// columns read from the solution's Entity.xml become one table. An extension whose table was never
/// fully defined stays an extension and is refused by <see cref="Validate"/>.
/// </remarks>
public sealed class MetadataCatalog
{
    private readonly ImmutableDictionary<string, TableDefinition> _tables;
    private readonly ImmutableDictionary<string, RelationshipDefinition> _relationships;

    private MetadataCatalog(
        ImmutableDictionary<string, TableDefinition> tables,
        ImmutableDictionary<string, RelationshipDefinition> relationships)
    {
        _tables = tables;
        _relationships = relationships;
    }

    /// <summary>A catalog with no tables.</summary>
    public static MetadataCatalog Empty { get; } = new(
        ImmutableDictionary.Create<string, TableDefinition>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, RelationshipDefinition>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Every table, in no particular order.</summary>
    public IEnumerable<TableDefinition> Tables => _tables.Values;

    /// <summary>Every one-to-many relationship.</summary>
    public IEnumerable<RelationshipDefinition> Relationships => _relationships.Values;

    /// <summary>A catalog with this table added, or merged into the existing table of the same name.</summary>
    public MetadataCatalog With(TableDefinition table)
    {
        var merged = _tables.TryGetValue(table.LogicalName, out var existing) ? existing.MergedWith(table) : table;
        return new MetadataCatalog(_tables.SetItem(table.LogicalName, merged), _relationships);
    }

    /// <summary>A catalog with these tables added or merged, in order.</summary>
    public MetadataCatalog With(IEnumerable<TableDefinition> tables) => tables.Aggregate(this, (catalog, table) => catalog.With(table));

    /// <summary>A catalog with this relationship added (replacing one with the same schema name).</summary>
    public MetadataCatalog With(RelationshipDefinition relationship) =>
        new(_tables, _relationships.SetItem(relationship.SchemaName, relationship));

    /// <summary>The table with this logical name, or null.</summary>
    public TableDefinition? FindTable(string logicalName) =>
        _tables.TryGetValue(logicalName, out var table) ? table : null;

    /// <summary>The relationship with this schema name (case-insensitive, as Dataverse matches it), or null.</summary>
    public RelationshipDefinition? FindRelationship(string schemaName) =>
        _relationships.TryGetValue(schemaName, out var relationship) ? relationship : null;

    /// <summary>
    /// Checks the catalog is usable: no table is only an extension, lookups and relationships point at
    /// known tables and columns, key columns exist. Returns one sentence per problem; empty when valid.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        foreach (var table in _tables.Values.OrderBy(table => table.LogicalName, StringComparer.Ordinal))
        {
            if (table.IsExtension)
            {
                problems.Add($"Table '{table.LogicalName}' has extension columns but no definition: declare the table (e.g. UseStandardTables()) before adding its columns.");
                continue;
            }

            foreach (var column in table.Columns.Where(column => column.Type == ColumnType.Lookup))
            {
                problems.AddRange(column.Targets
                    .Where(target => !_tables.ContainsKey(target))
                    .Select(target => $"Lookup '{table.LogicalName}.{column.LogicalName}' targets table '{target}', which is not declared."));
            }

            foreach (var key in table.AlternateKeys)
            {
                problems.AddRange(key.Columns
                    .Where(column => table.FindColumn(column) == null)
                    .Select(column => $"Alternate key '{key.Name}' of table '{table.LogicalName}' names column '{column}', which the table does not have."));
            }
        }

        foreach (var relationship in _relationships.Values)
        {
            var referencing = FindTable(relationship.ReferencingTable);
            if (FindTable(relationship.ReferencedTable) == null || referencing == null || referencing.FindColumn(relationship.ReferencingColumn) == null)
            {
                problems.Add($"Relationship '{relationship.SchemaName}' needs tables '{relationship.ReferencedTable}' and '{relationship.ReferencingTable}' and column '{relationship.ReferencingTable}.{relationship.ReferencingColumn}'.");
            }
        }

        return problems;
    }
}
