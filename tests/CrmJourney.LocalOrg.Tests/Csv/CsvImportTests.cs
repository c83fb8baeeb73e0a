using System;
using System.Linq;
using CrmJourney.LocalOrg.Csv;
using CrmJourney.LocalOrg.Storage;
using static CrmJourney.LocalOrg.Tests.Csv.CsvTestData;

namespace CrmJourney.LocalOrg.Tests.Csv;

public sealed class CsvImportTests
{
    private static object? Stored(DataStore store, string table, Guid id, string column)
    {
        var rows = store.Table(table);
        Assert.True(rows.TryGet(id, out var row));
        return row[rows.OrdinalOf(column)];
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_rows_may_point_to_files_read_later()
    {
        var store = NewStore();

        var result = CsvImporter.Import(
            store,
            new[]
            {
                CsvSource.FromText("cjp_sample.csv", $"cjp_accountid,cjp_name,cjp_sampleid\n{AccountA},First,{SampleS}\n"),
                CsvSource.FromText("account.csv", $"name,accountid\nAlpha,{AccountA}\n"),
            });

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(new StoredReference("account", AccountA), Stored(store, "cjp_sample", SampleS, "cjp_accountid"));
        Assert.Equal(1, result.RowsLoaded["account"]);
        Assert.Equal(1, result.RowsLoaded["cjp_sample"]);
    }

    [Fact]
    public void A_bare_id_in_a_polymorphic_lookup_resolves_to_the_one_table_holding_it()
    {
        var store = NewStore();
        Insert(store, "contact", ContactC);

        var result = CsvImporter.Import(store, new[] { CsvSource.FromText("cjp_sample.csv", $"cjp_sampleid,cjp_customerid,ownerid\n{SampleS},{ContactC},\n") });

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(new StoredReference("contact", ContactC), Stored(store, "cjp_sample", SampleS, "cjp_customerid"));
    }

    [Fact]
    public void Times_with_an_offset_are_stored_in_utc_to_the_second_and_date_only_values_drop_the_time()
    {
        var store = NewStore();

        var result = CsvImporter.Import(
            store,
            new[] { CsvSource.FromText("cjp_sample.csv", $"cjp_sampleid,cjp_at,cjp_day\n{SampleS},2026-07-03T16:05:09.750+02:00,2026-07-03T23:30:00Z\n") });

        Assert.True(result.Succeeded, result.ToString());
        var at = (DateTime)Stored(store, "cjp_sample", SampleS, "cjp_at")!;
        Assert.Equal(new DateTime(2026, 7, 3, 14, 5, 9, DateTimeKind.Utc), at);
        Assert.Equal(DateTimeKind.Utc, at.Kind);
        Assert.Equal(new DateTime(2026, 7, 3, 0, 0, 0, DateTimeKind.Utc), Stored(store, "cjp_sample", SampleS, "cjp_day"));
    }

    [Fact]
    public void Decimals_keep_the_scale_written_and_multi_select_values_are_stored_sorted_once()
    {
        var store = NewStore();

        var result = CsvImporter.Import(
            store,
            new[] { CsvSource.FromText("cjp_sample.csv", $"cjp_sampleid,cjp_value,cjp_stages,cjp_flag\n{SampleS},-1234.50,573100003; 573100001;573100003,FALSE\n") });

        Assert.True(result.Succeeded, result.ToString());
        var value = (decimal)Stored(store, "cjp_sample", SampleS, "cjp_value")!;
        Assert.Equal(-1234.50m, value);
        Assert.Equal("-1234.50", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new[] { 573100001, 573100003 }, (int[])Stored(store, "cjp_sample", SampleS, "cjp_stages")!);
        Assert.Equal(false, Stored(store, "cjp_sample", SampleS, "cjp_flag"));
    }

    [Fact]
    public void Without_status_columns_a_row_gets_the_first_state_and_its_default_reason()
    {
        var store = NewStore();

        var result = CsvImporter.Import(
            store,
            new[] { CsvSource.FromText("opportunity.csv", $"opportunityid,statuscode\n{AccountA},3\n{AccountB},\n") });

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(1, Stored(store, "opportunity", AccountA, "statecode"));
        Assert.Equal(0, Stored(store, "opportunity", AccountB, "statecode"));
        Assert.Equal(1, Stored(store, "opportunity", AccountB, "statuscode"));
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_ends_are_accepted_from_a_folder()
    {
        var folder = TempFolder();
        System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "account.csv"), $"accountid,name\r\n{AccountA},Alpha\r\n", new System.Text.UTF8Encoding(true));
        System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "README.txt"), "not a table");
        var store = NewStore();

        var result = CsvImporter.ImportFolder(store, folder);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal("Alpha", Stored(store, "account", AccountA, "name"));
        System.IO.Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Many_rows_with_lookups_load_in_one_pass()
    {
        const int count = 20_000;
        var accounts = string.Concat(Enumerable.Range(0, count).Select(index => $"{Id(1, index)},Account {index}\n"));
        var samples = string.Concat(Enumerable.Range(0, count).Select(index => $"{Id(2, index)},{Id(1, count - 1 - index)},C{index}\n"));
        var store = NewStore();

        var result = CsvImporter.Import(
            store,
            new[] { CsvSource.FromText("cjp_sample.csv", "cjp_sampleid,cjp_accountid,cjp_code\n" + samples), CsvSource.FromText("account.csv", "accountid,name\n" + accounts) });

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(count, store.Table("account").Count);
        Assert.Equal(count, store.Table("cjp_sample").Count);
        Assert.Equal(new StoredReference("account", Id(1, 0)), Stored(store, "cjp_sample", Id(2, count - 1), "cjp_accountid"));
    }

    private static Guid Id(int kind, int index) => new(index, (short)kind, 0, new byte[8]);
}
