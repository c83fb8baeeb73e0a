using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using CrmJourney.LocalOrg.Csv;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Storage;
using Microsoft.Xrm.Sdk;
using static CrmJourney.LocalOrg.Tests.Csv.CsvTestData;

namespace CrmJourney.LocalOrg.Tests.Csv;

public sealed class OrganizationArchiveTests
{
    private static DataStore Populated()
    {
        var store = NewStore();
        Insert(store, "systemuser", UserU, ("fullname", "Una User"));
        Insert(store, "team", ContactC, ("name", "Same id as the contact"));
        Insert(store, "account", AccountA, ("name", "Alpha, \"the first\"\r\nsecond line"), ("revenue", new Money(10.000m)), ("statecode", new OptionSetValue(1)), ("statuscode", new OptionSetValue(2)));
        Insert(store, "contact", ContactC, ("fullname", string.Empty), ("parentcustomerid", new EntityReference("account", AccountA)));
        Insert(
            store,
            "cjp_sample",
            SampleS,
            ("ownerid", new EntityReference("team", ContactC)),
            ("cjp_ratio", 1.50m),
            ("cjp_score", 1.0 / 3.0),
            ("cjp_value", new Money(0.10m)),
            ("cjp_flag", false),
            ("cjp_at", new DateTime(2026, 12, 31, 23, 59, 59, DateTimeKind.Utc)),
            ("cjp_day", new DateTime(2026, 2, 28, 0, 0, 0, DateTimeKind.Utc)),
            ("cjp_customerid", new EntityReference("contact", ContactC)),
            ("cjp_stages", new OptionSetValueCollection { new OptionSetValue(573100003) }),
            ("cjp_code", "X"));
        return store;
    }

    private static byte[] Save(DataStore store)
    {
        using var stream = new MemoryStream();
        OrganizationArchive.Save(store, stream);
        return stream.ToArray();
    }

    private static CsvImportResult Load(DataStore store, byte[] archive)
    {
        using var stream = new MemoryStream(archive);
        return OrganizationArchive.Load(store, stream);
    }

    [Fact]
    public void Save_then_load_gives_back_every_row_with_every_value_and_its_type()
    {
        var original = Populated();
        var copy = NewStore();

        var result = Load(copy, Save(original));

        Assert.True(result.Succeeded, result.ToString());
        foreach (var table in original.Tables)
        {
            var copied = copy.Table(table.LogicalName);
            Assert.Equal(table.Count, copied.Count);
            foreach (var row in table.Rows)
            {
                Assert.True(copied.TryGet(row.Id, out var other));
                for (var ordinal = 0; ordinal < table.Columns.Count; ordinal++)
                {
                    var value = row[ordinal];
                    Assert.Equal(value?.GetType(), other[ordinal]?.GetType());
                    Assert.Equal(value, other[ordinal]);
                }
            }
        }
    }

    [Fact]
    public void Loaded_values_come_back_as_the_sdk_types_they_were_written_with()
    {
        var copy = NewStore();

        Load(copy, Save(Populated()));

        var sample = RowCodec.ToEntity(copy, copy.Table("cjp_sample"), copy.Table("cjp_sample").Rows.Single(), null);
        Assert.Equal(new Money(0.10m), sample["cjp_value"]);
        Assert.Equal(1.50m, sample["cjp_ratio"]);
        Assert.Equal(1.0 / 3.0, sample["cjp_score"]);
        Assert.Equal(new EntityReference("team", ContactC), sample["ownerid"]);
        Assert.Equal(new EntityReference("contact", ContactC), sample["cjp_customerid"]);
        Assert.Equal(new[] { 573100003 }, ((OptionSetValueCollection)sample["cjp_stages"]!).Select(option => option.Value));
        Assert.Equal(new DateTime(2026, 2, 28, 0, 0, 0, DateTimeKind.Utc), sample["cjp_day"]);
    }

    [Fact]
    public void Saving_the_same_data_twice_gives_the_same_bytes()
    {
        var first = Save(Populated());
        var second = Save(Populated());

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_archive_holds_a_manifest_with_the_format_version_and_one_csv_per_table()
    {
        var archive = Save(Populated());

        using var zip = new ZipArchive(new MemoryStream(archive));
        Assert.Equal("manifest.json", zip.Entries[0].FullName);
        Assert.Contains(zip.Entries, entry => entry.FullName == "cjp_sample.csv");
        using var manifest = System.Text.Json.JsonDocument.Parse(zip.Entries[0].Open());
        Assert.Equal("crmjourney-localorg", manifest.RootElement.GetProperty("format").GetString());
        Assert.Equal(1, manifest.RootElement.GetProperty("version").GetInt32());
    }

    [Fact]
    public void Loading_into_an_organization_whose_column_types_differ_is_refused_with_the_column()
    {
        var archive = Save(Populated());
        var money = CsvTestData.Sample.WithColumns(ColumnDefinition.Decimal("cjp_value"));
        var store = new DataStore(MetadataCatalog.Empty.With(StandardTables.All).With(money));

        var result = Load(store, archive);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("cjp_sample.csv", problem.File);
        Assert.Equal(13, problem.Column);
        Assert.Equal("cjp_value was saved as Money but this organization declares it Decimal — load the archive into an organization with the same metadata", problem.Message);
        Assert.All(store.Tables, table => Assert.Equal(0, table.Count));
    }

    [Fact]
    public void Loading_into_an_organization_that_has_rows_is_refused()
    {
        var store = Populated();

        var error = Assert.Throws<InvalidOperationException>(() => Load(store, Save(Populated())));

        Assert.Contains("empty organization", error.Message);
    }

    [Fact]
    public void A_zip_without_a_manifest_is_not_an_archive()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("account.csv");
        }

        var result = Load(NewStore(), stream.ToArray());

        Assert.Equal("manifest.json:1:1: not a LocalOrg archive: it has no manifest.json — save one with OrganizationArchive.Save", Assert.Single(result.Problems).ToString());
    }
}
