using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Storage;

namespace CrmJourney.LocalOrg.Tests.Csv;

/// <summary>
/// A small organization for the CSV tests: the standard tables plus <c>cjp_sample</c>, which has one
/// column of every type LocalOrg stores, a polymorphic lookup and an alternate key.
/// </summary>
internal static class CsvTestData
{
    public static readonly Guid AccountA = Guid.Parse("1a000000-0000-0000-0000-000000000001");
    public static readonly Guid AccountB = Guid.Parse("1b000000-0000-0000-0000-000000000002");
    public static readonly Guid ContactC = Guid.Parse("2c000000-0000-0000-0000-000000000003");
    public static readonly Guid UserU = Guid.Parse("3d000000-0000-0000-0000-000000000004");
    public static readonly Guid SampleS = Guid.Parse("4e000000-0000-0000-0000-000000000005");

    public static TableDefinition Sample { get; } =
        TableDefinition.Create("cjp_sample", "cjp_sampleid", "cjp_name", TableOwnership.UserOrTeam)
            .WithColumns(
                ColumnDefinition.String("cjp_name", 50),
                ColumnDefinition.String("cjp_code", 10),
                ColumnDefinition.Memo("cjp_notes"),
                ColumnDefinition.Integer("cjp_count"),
                ColumnDefinition.Decimal("cjp_ratio"),
                ColumnDefinition.Double("cjp_score"),
                ColumnDefinition.Money("cjp_value"),
                ColumnDefinition.Boolean("cjp_flag"),
                ColumnDefinition.DateTime("cjp_at"),
                ColumnDefinition.DateOnlyColumn("cjp_day"),
                ColumnDefinition.Lookup("cjp_accountid", StandardTableNames.Account),
                ColumnDefinition.Lookup("cjp_customerid", StandardTableNames.Account, StandardTableNames.Contact),
                ColumnDefinition.Choice("cjp_kind", 573100000, 573100001, 573100002),
                ColumnDefinition.MultiChoice("cjp_stages", 573100000, 573100001, 573100002, 573100003),
                ColumnDefinition.UniqueIdentifier("cjp_externalid"))
            .WithStates(new StateDefinition(0, "Active", 1), new StateDefinition(1, "Inactive", 2))
            .WithAlternateKey("cjp_samplecode", "cjp_code");

    public static MetadataCatalog Catalog { get; } = MetadataCatalog.Empty.With(StandardTables.All).With(Sample);

    public static DataStore NewStore() => new(Catalog);

    /// <summary>Inserts a row through RowCodec, so it is stored exactly as a Create would store it.</summary>
    public static void Insert(DataStore store, string tableName, Guid id, params (string Column, object? Value)[] values)
    {
        var table = store.Table(tableName);
        var stored = new object?[table.Columns.Count];
        stored[table.PrimaryIdOrdinal] = id;
        foreach (var (column, value) in values)
        {
            stored[table.OrdinalOf(column)] = RowCodec.ToStored(store, table, table.Definition.FindColumn(column)!, value);
        }

        table.Insert(new StoredRow(id, stored), null);
    }

    public static Dictionary<string, int> Counts(DataStore store) => store.Tables.ToDictionary(table => table.LogicalName, table => table.Count);

    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cjp-csv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
