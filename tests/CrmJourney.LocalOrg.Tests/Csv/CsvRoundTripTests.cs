using System;
using System.IO;
using System.Linq;
using CrmJourney.LocalOrg.Csv;
using CrmJourney.LocalOrg.Storage;
using Microsoft.Xrm.Sdk;
using static CrmJourney.LocalOrg.Tests.Csv.CsvTestData;

namespace CrmJourney.LocalOrg.Tests.Csv;

public sealed class CsvRoundTripTests
{
    private const string SampleHeader =
        "cjp_sampleid,createdon,createdby,modifiedon,modifiedby,ownerid,cjp_name,cjp_code,cjp_notes,cjp_count,cjp_ratio,cjp_score,cjp_value,cjp_flag,cjp_at,cjp_day,cjp_accountid,cjp_customerid,cjp_kind,cjp_stages,cjp_externalid,statecode,statuscode";

    private static readonly Guid _external = Guid.Parse("5f000000-0000-0000-0000-0000000000aa");

    private static DataStore StoreWithEveryType()
    {
        var store = NewStore();
        Insert(store, "systemuser", UserU, ("fullname", "Una User"));
        Insert(store, "account", AccountA, ("name", "Alpha"));
        Insert(store, "contact", ContactC, ("fullname", "Cora Contact"));
        Insert(
            store,
            "cjp_sample",
            SampleS,
            ("ownerid", new EntityReference("systemuser", UserU)),
            ("cjp_name", "Smith, \"Jr\""),
            ("cjp_code", "S-1"),
            ("cjp_notes", "line one\nline two"),
            ("cjp_count", -42),
            ("cjp_ratio", 0.125m),
            ("cjp_score", 0.1),
            ("cjp_value", new Money(1234.50m)),
            ("cjp_flag", true),
            ("cjp_at", new DateTime(2026, 7, 3, 14, 5, 9, DateTimeKind.Utc)),
            ("cjp_day", new DateTime(2026, 7, 3, 0, 0, 0, DateTimeKind.Utc)),
            ("cjp_accountid", new EntityReference("account", AccountA)),
            ("cjp_customerid", new EntityReference("contact", ContactC)),
            ("cjp_kind", new OptionSetValue(573100001)),
            ("cjp_stages", new OptionSetValueCollection { new OptionSetValue(573100002), new OptionSetValue(573100000) }),
            ("cjp_externalid", _external),
            ("statecode", new OptionSetValue(0)),
            ("statuscode", new OptionSetValue(1)));
        return store;
    }

    private static string Export(TableStore table)
    {
        using var writer = new StringWriter();
        CsvExporter.WriteTable(table, writer);
        return writer.ToString();
    }

    [Fact]
    public void Every_column_type_is_written_in_the_documented_text_form()
    {
        var store = StoreWithEveryType();

        var text = Export(store.Table("cjp_sample"));

        var expected = SampleHeader + "\r\n" +
            "4e000000-0000-0000-0000-000000000005,,,,,systemuser:3d000000-0000-0000-0000-000000000004,\"Smith, \"\"Jr\"\"\",S-1,\"line one\nline two\"," +
            "-42,0.125,0.1,1234.50,true,2026-07-03T14:05:09Z,2026-07-03,1a000000-0000-0000-0000-000000000001," +
            "contact:2c000000-0000-0000-0000-000000000003,573100001,573100000;573100002,5f000000-0000-0000-0000-0000000000aa,0,1\r\n";
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Every_column_type_reads_back_as_the_same_sdk_value_and_type()
    {
        var original = StoreWithEveryType();
        var folder = TempFolder();
        CsvExporter.ExportFolder(original, folder);
        var copy = NewStore();

        var result = CsvImporter.ImportFolder(copy, folder);

        Assert.True(result.Succeeded, result.ToString());
        var before = RowCodec.ToEntity(original, original.Table("cjp_sample"), original.Table("cjp_sample").Rows.Single(), null);
        var after = RowCodec.ToEntity(copy, copy.Table("cjp_sample"), copy.Table("cjp_sample").Rows.Single(), null);
        Assert.Equal(before.Attributes.Keys.OrderBy(key => key), after.Attributes.Keys.OrderBy(key => key));
        foreach (var (name, value) in before.Attributes)
        {
            var copied = after[name]!;
            Assert.Equal(value!.GetType(), copied.GetType());
            if (value is OptionSetValueCollection options)
            {
                Assert.Equal(options, (OptionSetValueCollection)copied);
            }
            else
            {
                Assert.Equal(value, copied);
            }
        }

        Assert.Equal(2, ((Money)after["cjp_value"]!).Value.Scale);
        Assert.Equal("contact", after.GetAttributeValue<EntityReference>("cjp_customerid")!.LogicalName);
        Assert.Equal(new[] { 573100000, 573100002 }, after.GetAttributeValue<OptionSetValueCollection>("cjp_stages")!.Select(option => option.Value));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void An_empty_text_and_no_value_stay_apart()
    {
        var store = NewStore();
        Insert(store, "account", AccountA, ("name", string.Empty));
        Insert(store, "account", AccountB);
        var text = Export(store.Table("account"));
        var copy = NewStore();

        var result = CsvImporter.Import(copy, new[] { CsvSource.FromText("account.csv", text) });

        Assert.True(result.Succeeded, result.ToString());
        var name = copy.Table("account").OrdinalOf("name");
        Assert.Contains("\r\n1a000000-0000-0000-0000-000000000001,,,,,,\"\",", text);
        Assert.True(copy.Table("account").TryGet(AccountA, out var withEmpty));
        Assert.Equal(string.Empty, withEmpty[name]);
        Assert.True(copy.Table("account").TryGet(AccountB, out var withNone));
        Assert.Null(withNone[name]);
    }

    [Fact]
    public void Export_orders_rows_by_id_as_text_and_is_byte_identical_each_time()
    {
        var store = NewStore();
        var ids = new[] { "ffffffff-0000-0000-0000-000000000000", "0a000000-0000-0000-0000-000000000000", "80000000-0000-0000-0000-000000000000", "0a000000-0000-0000-0000-000000000001" };
        foreach (var id in ids)
        {
            Insert(store, "account", Guid.Parse(id), ("name", id[..2]));
        }

        var first = TempFolder();
        var second = TempFolder();
        CsvExporter.ExportFolder(store, first);
        CsvExporter.ExportFolder(store, second);

        var lines = File.ReadAllText(Path.Combine(first, "account.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line[..36]);
        Assert.Equal(ids.Order(StringComparer.Ordinal), lines);
        foreach (var file in Directory.GetFiles(first))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(second, Path.GetFileName(file))));
        }

        Directory.Delete(first, recursive: true);
        Directory.Delete(second, recursive: true);
    }

    [Fact]
    public void Export_writes_every_table_with_an_empty_table_as_its_header_alone()
    {
        var store = NewStore();
        var folder = TempFolder();

        var files = CsvExporter.ExportFolder(store, folder);

        Assert.Equal(store.Tables.Count(), files.Count);
        Assert.StartsWith("accountid,createdon,", File.ReadAllText(Path.Combine(folder, "account.csv")));
        Assert.Single(File.ReadAllText(Path.Combine(folder, "account.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        Directory.Delete(folder, recursive: true);
    }
}
