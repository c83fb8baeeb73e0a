using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Metadata;

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
}
