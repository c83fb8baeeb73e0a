using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using CrmJourney.LocalOrg.Cmt;
using CrmJourney.LocalOrg.Csv;
using CrmJourney.LocalOrg.Storage;
using static CrmJourney.LocalOrg.Tests.Cmt.CmtFixture;
using static CrmJourney.LocalOrg.Tests.Csv.CsvTestData;

namespace CrmJourney.LocalOrg.Tests.Cmt;

public sealed class CmtRoundTripTests
{
    private static readonly DateTime _timestamp = new(2026, 12, 4, 15, 0, 0, DateTimeKind.Utc);

    private static DataStore LoadedFixture()
    {
        var store = new DataStore(Catalog.With(ActivityParty));
        var result = CmtImporter.Import(store, Zip(TempFolder()), "export.zip");
        Assert.True(result.Succeeded, result.Problem);
        return store;
    }

    /// <summary>Every table as LocalOrg's CSV text: two stores with equal text hold equal rows, value for value.</summary>
    private static string[] Tables(DataStore store) =>
        store.Tables.OrderBy(table => table.LogicalName, StringComparer.Ordinal).Select(table =>
        {
            var text = new StringWriter();
            CsvExporter.WriteTable(table, text);
            return table.LogicalName + "\n" + text;
        }).ToArray();

    [Fact]
    public void Writing_a_loaded_export_as_a_data_zip_and_loading_it_again_gives_back_every_row_value_for_value()
    {
        var original = LoadedFixture();
        var zip = Path.Combine(TempFolder(), "again.zip");

        CmtExporter.SaveZip(original, zip, _timestamp);
        var reloaded = new DataStore(Catalog.With(ActivityParty));
        var result = CmtImporter.Import(reloaded, zip, "again.zip");

        Assert.True(result.Succeeded, result.Problem);
        Assert.Empty(result.Warnings);
        Assert.Equal(Tables(original), Tables(reloaded));
        Assert.Equal(1, reloaded.Table("activityparty").Count);
    }

    [Fact]
    public void Writing_a_folder_and_loading_it_again_gives_back_every_row_value_for_value()
    {
        var original = LoadedFixture();
        var folder = Path.Combine(TempFolder(), "again");

        var files = CmtExporter.SaveFolder(original, folder, _timestamp);
        var reloaded = new DataStore(Catalog.With(ActivityParty));
        var result = CmtImporter.Import(reloaded, folder, "again");

        Assert.Equal(new[] { "[Content_Types].xml", "data.xml", "data_schema.xml" }, files);
        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal(Tables(original), Tables(reloaded));
    }

    [Fact]
    public void The_same_data_gives_the_same_bytes()
    {
        var store = LoadedFixture();
        var folder = TempFolder();

        CmtExporter.SaveZip(store, Path.Combine(folder, "a.zip"), _timestamp);
        CmtExporter.SaveZip(store, Path.Combine(folder, "b.zip"), _timestamp);

        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "a.zip")), File.ReadAllBytes(Path.Combine(folder, "b.zip")));
    }

    [Fact]
    public void The_written_package_holds_the_three_parts_a_schema_of_the_fields_written_and_parties_nested_in_their_field()
    {
        var zipPath = Path.Combine(TempFolder(), "out.zip");

        CmtExporter.SaveZip(LoadedFixture(), zipPath, _timestamp);

        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(new[] { "[Content_Types].xml", "data.xml", "data_schema.xml" }, zip.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal));
        var schema = XDocument.Load(zip.GetEntry("data_schema.xml")!.Open());
        string? Attribute(string table, string field, string attribute) =>
            schema.Root!.Elements("entity").Single(e => e.Attribute("name")!.Value == table)
                .Element("fields")!.Elements("field").SingleOrDefault(f => f.Attribute("name")!.Value == field)?.Attribute(attribute)?.Value;
        Assert.Equal("optionsetvaluecollection", Attribute("cjp_sample", "cjp_stages", "type"));
        Assert.Equal("absolute", Attribute("cjp_sample", "cjp_day", "dateMode"));
        Assert.Equal("account|contact", Attribute("cjp_sample", "cjp_customerid", "lookupType"));
        Assert.Equal("owner", Attribute("account", "ownerid", "type"));
        Assert.Equal("true", Attribute("account", "accountid", "primaryKey"));
        Assert.Equal("partylist", Attribute("appointment", "requiredattendees", "type"));
        Assert.Null(Attribute("account", "description", "type"));

        var data = XDocument.Load(zip.GetEntry("data.xml")!.Open());
        Assert.DoesNotContain(data.Root!.Elements("entity"), entity => entity.Attribute("name")!.Value == "activityparty");
        var attendee = data.Root!.Descendants("activitypointerrecords").Single();
        Assert.Equal(Party, attendee.Attribute("id")!.Value);
        Assert.Equal("requiredattendees", attendee.Parent!.Attribute("name")!.Value);
        var sample = data.Root.Descendants("record").Single(r => r.Attribute("id")!.Value == SampleId);
        string Field(string name) => sample.Elements("field").Single(f => f.Attribute("name")!.Value == name).Attribute("value")!.Value;
        Assert.Equal("[-1,573100000,573100002,-1]", Field("cjp_stages"));
        Assert.Equal("True", Field("cjp_flag"));
        Assert.Equal("2026-03-11T10:30:00.0000000Z", Field("cjp_at"));
        Assert.Equal("2026-04-01T00:00:00.0000000", Field("cjp_day"));
        Assert.Equal("Cora Contact", sample.Elements("field").Single(f => f.Attribute("name")!.Value == "cjp_customerid").Attribute("lookupentityname")!.Value);
    }
}
