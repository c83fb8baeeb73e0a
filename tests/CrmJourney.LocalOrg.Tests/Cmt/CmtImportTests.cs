using System;
using System.IO;
using System.Linq;
using CrmJourney.LocalOrg.Cmt;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Storage;
using static CrmJourney.LocalOrg.Tests.Cmt.CmtFixture;
using static CrmJourney.LocalOrg.Tests.Csv.CsvTestData;

namespace CrmJourney.LocalOrg.Tests.Cmt;

public sealed class CmtImportTests
{
    private static object? Value(DataStore store, string table, string id, string column)
    {
        var tableStore = store.Table(table);
        Assert.True(tableStore.TryGet(Guid.Parse(id), out var row), $"{table} {id} was not loaded");
        return row[tableStore.OrdinalOf(column)];
    }

    [Fact]
    public void A_real_shaped_export_loads_every_value_type_as_the_column_stores_it()
    {
        var folder = TempFolder();
        var store = NewStore();

        var result = CmtImporter.Import(store, Zip(folder), "export.zip");

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal("Sample one", Value(store, "cjp_sample", SampleId, "cjp_name"));
        Assert.Equal("line one\nline two", Value(store, "cjp_sample", SampleId, "cjp_notes"));
        Assert.Equal(-42, Value(store, "cjp_sample", SampleId, "cjp_count"));
        Assert.Equal(0.125m, Value(store, "cjp_sample", SampleId, "cjp_ratio"));
        Assert.Equal(1.125d, Value(store, "cjp_sample", SampleId, "cjp_score"));
        Assert.Equal(11.5m, Value(store, "cjp_sample", SampleId, "cjp_value"));
        Assert.Equal(true, Value(store, "cjp_sample", SampleId, "cjp_flag"));
        Assert.Equal(new DateTime(2026, 3, 11, 10, 30, 0, DateTimeKind.Utc), Value(store, "cjp_sample", SampleId, "cjp_at"));
        Assert.Equal(new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc), Value(store, "cjp_sample", SampleId, "cjp_day"));
        Assert.Equal(new StoredReference("account", Guid.Parse(Account)), Value(store, "cjp_sample", SampleId, "cjp_accountid"));
        Assert.Equal(new StoredReference("contact", Guid.Parse(Contact)), Value(store, "cjp_sample", SampleId, "cjp_customerid"));
        Assert.Equal(573100001, Value(store, "cjp_sample", SampleId, "cjp_kind"));
        Assert.Equal(new[] { 573100000, 573100002 }, Value(store, "cjp_sample", SampleId, "cjp_stages"));
        Assert.Equal(Guid.Parse("5f000000-0000-0000-0000-0000000000aa"), Value(store, "cjp_sample", SampleId, "cjp_externalid"));
        Assert.Equal(1, Value(store, "cjp_sample", SampleId, "statecode"));
        Assert.Equal(2, Value(store, "cjp_sample", SampleId, "statuscode"));
        Assert.Equal("Alpha & Sons", Value(store, "account", Account, "name"));
        Assert.Equal(1250000.5m, Value(store, "account", Account, "revenue"));
        Assert.Equal(7, Value(store, "account", Account, "industrycode"));
        Assert.Equal(new StoredReference("contact", Guid.Parse(Contact)), Value(store, "account", Account, "primarycontactid"));
        Assert.Equal(new DateTime(2019, 5, 6, 8, 0, 0, DateTimeKind.Utc), Value(store, "account", Account, "createdon"));
        Assert.Equal(new StoredReference("account", Guid.Parse(Account)), Value(store, "contact", Contact, "parentcustomerid"));
        Assert.Equal(new StoredReference("account", Guid.Parse(Account)), Value(store, "appointment", Appointment, "regardingobjectid"));
        Assert.Equal(new DateTime(2026, 10, 10, 9, 0, 0, DateTimeKind.Utc), Value(store, "appointment", Appointment, "scheduledstart"));
    }

    [Fact]
    public void An_owner_the_export_does_not_hold_is_added_under_the_name_the_lookup_carried()
    {
        var store = NewStore();

        var result = CmtImporter.Import(store, Zip(TempFolder()), "export.zip");

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal(new StoredReference("systemuser", Guid.Parse(Owner)), Value(store, "account", Account, "ownerid"));
        Assert.Equal(new StoredReference("systemuser", Guid.Parse(Owner)), Value(store, "contact", Contact, "ownerid"));
        Assert.Equal("Una User", Value(store, "systemuser", Owner, "fullname"));
        Assert.Equal(1, store.Table("systemuser").Count);
    }

    [Fact]
    public void What_cjp_does_not_model_is_left_out_with_one_warning_naming_each_kind()
    {
        // An organization without the activityparty table (the standard tables have it): its parties are warned about.
        var store = new DataStore(MetadataCatalog.Empty.With(StandardTables.All.Where(t => t.LogicalName != CmtFormat.ActivityParty)).With(Sample));

        var result = CmtImporter.Import(store, Zip(TempFolder()), "export.zip");

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal(
            new[]
            {
                "export.zip: added systemuser records the export references but does not hold (1), named from lookupentityname.",
                "export.zip: left out account.transactioncurrencyid (1 values), a column cjp does not model.",
                "export.zip: left out cjp_sample.cjp_picture (1 values), a column cjp does not model.",
                "export.zip: left out many-to-many relationship accountleads_association (1 links); LocalOrg has no many-to-many relationships.",
                "export.zip: left out table incident (1 records), which cjp does not model.",
                "export.zip: left out the parties of appointment.requiredattendees (1 parties); this organization has no activityparty table.",
            },
            result.Warnings.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(new[] { "account", "appointment", "cjp_sample", "contact", "systemuser" }, result.RowsLoaded.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Nested_required_attendees_become_activityparty_rows_once_the_organization_has_that_table()
    {
        var store = new DataStore(Catalog.With(ActivityParty));

        var result = CmtImporter.Import(store, Zip(TempFolder()), "export.zip");

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal(new StoredReference("appointment", Guid.Parse(Appointment)), Value(store, "activityparty", Party, "activityid"));
        Assert.Equal(new StoredReference("contact", Guid.Parse(Contact)), Value(store, "activityparty", Party, "partyid"));
        Assert.Equal(5, Value(store, "activityparty", Party, "participationtypemask"));
        Assert.Contains("export.zip: left out activityparty.ispartydeleted (1 values), a column cjp does not model.", result.Warnings);
        Assert.DoesNotContain(result.Warnings, warning => warning.Contains("parties of", StringComparison.Ordinal));
    }

    [Fact]
    public void A_party_without_its_type_or_id_takes_the_fields_type_and_an_id_that_is_the_same_on_every_load()
    {
        var data = Data.Replace($"<activitypointerrecords id=\"{Party}\">", "<activitypointerrecords>", StringComparison.Ordinal)
            .Replace("<field name=\"participationtypemask\" value=\"5\" />", string.Empty, StringComparison.Ordinal)
            .Replace($"<field name=\"activitypartyid\" value=\"{Party}\" />", string.Empty, StringComparison.Ordinal);
        var first = new DataStore(Catalog.With(ActivityParty));
        var second = new DataStore(Catalog.With(ActivityParty));

        Assert.True(CmtImporter.Import(first, Zip(TempFolder(), data), "export.zip").Succeeded);
        Assert.True(CmtImporter.Import(second, Zip(TempFolder(), data), "export.zip").Succeeded);

        var party = Assert.Single(first.Table("activityparty").Rows);
        Assert.Equal(5, party[first.Table("activityparty").OrdinalOf("participationtypemask")]);
        Assert.Equal(party.Id, Assert.Single(second.Table("activityparty").Rows).Id);
    }

    [Fact]
    public void A_folder_holding_data_xml_and_data_schema_xml_loads_like_the_zip()
    {
        var folder = Path.Combine(TempFolder(), "export");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, CmtFormat.DataFile), Data);
        File.WriteAllText(Path.Combine(folder, CmtFormat.SchemaFile), Schema);
        var store = NewStore();

        var result = CmtImporter.Import(store, folder, "export");

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal(new[] { 573100000, 573100002 }, Value(store, "cjp_sample", SampleId, "cjp_stages"));
    }

    [Fact]
    public void A_lookup_to_a_record_the_export_does_not_hold_is_left_empty_with_a_warning()
    {
        var data = Data.Replace($"<field name=\"cjp_accountid\" value=\"{Account}\"", "<field name=\"cjp_accountid\" value=\"1f000000-0000-0000-0000-00000000000f\"", StringComparison.Ordinal);
        var store = NewStore();

        var result = CmtImporter.Import(store, Zip(TempFolder(), data), "export.zip");

        Assert.True(result.Succeeded, result.Problem);
        Assert.Null(Value(store, "cjp_sample", SampleId, "cjp_accountid"));
        Assert.Contains("export.zip: left cjp_sample.cjp_accountid empty where it points to account records the export does not hold (1 values).", result.Warnings);
    }
}
