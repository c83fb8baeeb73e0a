using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Storage;

/// <summary>
/// All tables of one organization, created from a validated <see cref="MetadataCatalog"/>. The CSV
/// importer and the message handlers reach rows through it; values cross its boundary only as copies
/// (see <see cref="RowCodec"/>).
/// </summary>
public sealed class DataStore
{
    private readonly Dictionary<string, TableStore> _tables;

    /// <summary>Creates empty tables for every table of the catalog.</summary>
    public DataStore(MetadataCatalog catalog)
    {
        var problems = catalog.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("The metadata catalog is not usable: " + string.Join(" ", problems), nameof(catalog));
        }

        Catalog = catalog;
        _tables = catalog.Tables.ToDictionary(table => table.LogicalName, table => new TableStore(table), StringComparer.Ordinal);
    }

    /// <summary>The metadata the tables were created from.</summary>
    public MetadataCatalog Catalog { get; }

    /// <summary>Every table.</summary>
    public IEnumerable<TableStore> Tables => _tables.Values;

    /// <summary>The table with this logical name, or a QueryBuilderNoEntity fault naming it.</summary>
    public TableStore Table(string logicalName)
    {
        if (logicalName != null && _tables.TryGetValue(logicalName, out var table))
        {
            return table;
        }

        throw OrganizationFaults.Create(
            ErrorCodes.QueryBuilderNoEntity,
            $"The entity with a name = '{logicalName}' with namemapping = 'Logical' was not found in the MetadataCache.");
    }

    /// <summary>The table with this logical name, or null.</summary>
    public TableStore? FindTable(string logicalName) => _tables.TryGetValue(logicalName, out var table) ? table : null;

    /// <summary>
    /// The id of the row whose alternate key has these values, or null when none has. Faults when the
    /// key attributes do not name exactly the columns of one of the table's alternate keys.
    /// </summary>
    public Guid? FindByAlternateKey(string tableName, KeyAttributeCollection keys)
    {
        var table = Table(tableName);
        var key = table.Keys.FirstOrDefault(candidate => candidate.Key.Columns.Count == keys.Count && candidate.Key.Columns.All(keys.ContainsKey))
            ?? throw OrganizationFaults.InvalidArgument(
                $"The key attributes ({string.Join(", ", keys.Keys)}) do not match an alternate key of '{table.LogicalName}'.");
        var values = new object?[table.Columns.Count];
        foreach (var pair in keys)
        {
            var ordinal = RowCodec.RequireOrdinal(table, pair.Key);
            values[ordinal] = pair.Value is EntityReference reference
                ? new StoredReference(reference.LogicalName, reference.Id)
                : RowCodec.ToStored(this, table, table.Columns[ordinal], pair.Value);
        }

        return table.FindByKey(key, values);
    }
}
