using System;
using System.IO;
using CrmJourney.LocalOrg.Cmt;
using static CrmJourney.LocalOrg.Tests.Cmt.CmtFixture;
using static CrmJourney.LocalOrg.Tests.Csv.CsvTestData;

namespace CrmJourney.LocalOrg.Tests.Cmt;

/// <summary>
/// Every malformed-package case: the one sentence naming the file, record and field, and that nothing was
/// loaded (the store keeps its one account of its own and nothing else).
/// </summary>
public sealed class CmtImportErrorTests
{
    private const string Existing = "9e000000-0000-0000-0000-000000000009";

    /// <summary>Loads the package at <paramref name="path"/> into a store holding one account; checks nothing changed.</summary>
    private static string Problem(string path, string shownAs = "export.zip")
    {
        var store = NewStore();
        Insert(store, "account", Guid.Parse(Existing), ("name", "Existing"));
        var before = Counts(store);

        var result = CmtImporter.Import(store, path, shownAs);

        Assert.False(result.Succeeded);
        Assert.Equal(before, Counts(store));
        Assert.Empty(result.RowsLoaded);
        return result.Problem!;
    }

    private static string ProblemWith(string? data = null, string? schema = null) =>
        Problem(Zip(TempFolder(), data ?? Data, schema ?? Schema));

    [Fact]
    public void Data_xml_that_is_not_well_formed_names_the_file_and_the_line()
    {
        var problem = ProblemWith(data: Data.Replace("</records>", "</record>", StringComparison.Ordinal));

        Assert.StartsWith("export.zip: data.xml is not well-formed XML at line 17, position 7 (", problem, StringComparison.Ordinal);
        Assert.EndsWith("; correct it or export it again — nothing was loaded.", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_type_no_configuration_migration_file_has_names_the_table_and_field_in_the_schema()
    {
        var problem = ProblemWith(schema: Schema.Replace("name=\"revenue\" type=\"money\"", "name=\"revenue\" type=\"currency\"", StringComparison.Ordinal));

        Assert.Equal(
            "export.zip: data_schema.xml, table account, field revenue: 'currency' is not a Configuration Migration field type (guid, string, number, decimal, float, money, bool, datetime, optionsetvalue, optionsetvaluecollection, state, status, entityreference, owner, customer, partylist…); export the schema again — nothing was loaded.",
            problem);
    }

    [Fact]
    public void A_record_id_that_is_not_a_guid_names_the_record()
    {
        var problem = ProblemWith(data: Data.Replace($"<record id=\"{Contact}\">", "<record id=\"cora\">", StringComparison.Ordinal));

        Assert.Equal("export.zip: data.xml, contact record cora, attribute id: 'cora' is not a Guid — write it as 5d2b6c1e-0a4f-4c3e-9b7d-2f1a8e6c4b30; nothing was loaded.", problem);
    }

    [Fact]
    public void A_lookup_value_that_is_not_a_guid_names_the_record_and_field()
    {
        var problem = ProblemWith(data: Data.Replace($"<field name=\"primarycontactid\" value=\"{Contact}\"", "<field name=\"primarycontactid\" value=\"Cora\"", StringComparison.Ordinal));

        Assert.Equal($"export.zip: data.xml, account record {Account}, field primarycontactid: 'Cora' is not a Guid — write it as 5d2b6c1e-0a4f-4c3e-9b7d-2f1a8e6c4b30; nothing was loaded.", problem);
    }

    [Fact]
    public void A_date_in_another_form_names_the_record_field_and_the_form_to_use()
    {
        var problem = ProblemWith(data: Data.Replace("value=\"2026-03-11T10:30:00.0000000Z\"", "value=\"11/03/2026 10:30\"", StringComparison.Ordinal));

        Assert.Equal($"export.zip: data.xml, cjp_sample record {SampleId}, field cjp_at: '11/03/2026 10:30' is not a date — write it as 2026-03-11T10:30:00.0000000Z (or 2026-04-01T00:00:00.0000000 for a date only); nothing was loaded.", problem);
    }

    [Fact]
    public void A_decimal_with_a_comma_names_the_record_and_field()
    {
        var problem = ProblemWith(data: Data.Replace("value=\"1250000.5000000000\"", "value=\"1250000,5\"", StringComparison.Ordinal));

        Assert.Equal($"export.zip: data.xml, account record {Account}, field revenue: '1250000,5' is not a decimal number — write it with a dot and no thousands separator, e.g. 1234.5000000000; nothing was loaded.", problem);
    }

    [Fact]
    public void A_multi_select_with_a_word_names_the_record_and_field()
    {
        var problem = ProblemWith(data: Data.Replace("[-1,573100002,573100000,-1]", "[-1,573100002,gold,-1]", StringComparison.Ordinal));

        Assert.Equal($"export.zip: data.xml, cjp_sample record {SampleId}, field cjp_stages: 'gold' in '[-1,573100002,gold,-1]' is not a choice value — write the options as [-1,573100000,573100002,-1]; nothing was loaded.", problem);
    }

    [Fact]
    public void A_yes_no_value_that_is_neither_names_the_record_and_field()
    {
        var problem = ProblemWith(data: Data.Replace("name=\"cjp_flag\" value=\"True\"", "name=\"cjp_flag\" value=\"Yes\"", StringComparison.Ordinal));

        Assert.Equal($"export.zip: data.xml, cjp_sample record {SampleId}, field cjp_flag: 'Yes' is not a yes/no value — write True or False; nothing was loaded.", problem);
    }

    [Fact]
    public void A_zip_without_data_xml_says_what_a_data_zip_holds()
    {
        var problem = Problem(Zip(TempFolder(), data: null));

        Assert.Equal("export.zip holds no data.xml; pass the data.zip that 'pac data export' or the Configuration Migration tool writes (it holds data.xml, data_schema.xml and [Content_Types].xml).", problem);
    }

    [Fact]
    public void A_folder_without_data_xml_says_what_to_pass()
    {
        var folder = TempFolder();
        File.WriteAllText(Path.Combine(folder, CmtFormat.SchemaFile), Schema);

        var problem = Problem(folder, "export");

        Assert.Equal("export has no data.xml; pass the data.zip that 'pac data export' or the Configuration Migration tool writes, or a folder holding its data.xml and data_schema.xml.", problem);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_says_so()
    {
        var path = Path.Combine(TempFolder(), "export.zip");
        File.WriteAllText(path, Data);

        var problem = Problem(path);

        Assert.Equal("export.zip is not a zip file; pass the data.zip that 'pac data export' or the Configuration Migration tool writes, or a folder holding its data.xml.", problem);
    }

    [Fact]
    public void A_lookup_to_a_table_its_own_schema_does_not_allow_names_the_record_field_and_the_allowed_tables()
    {
        var problem = ProblemWith(data: Data.Replace("lookupentity=\"contact\" lookupentityname=\"Cora Contact\" />\n        <field name=\"transactioncurrencyid\"", "lookupentity=\"lead\" lookupentityname=\"Cora Contact\" />\n        <field name=\"transactioncurrencyid\"", StringComparison.Ordinal));

        Assert.Equal($"export.zip: data.xml, account record {Account}, field primarycontactid: it points to a lead, which data_schema.xml does not allow for this field (it allows contact) — correct lookupentity or the schema's lookupType; nothing was loaded.", problem);
    }

    [Fact]
    public void A_lookup_to_a_table_nobody_knows_names_the_record_field_and_the_tables_cjp_expects()
    {
        var data = Data.Replace($"<field name=\"cjp_accountid\" value=\"{Account}\" lookupentity=\"account\"", $"<field name=\"cjp_accountid\" value=\"{Account}\" lookupentity=\"widget\"", StringComparison.Ordinal);

        var problem = Problem(Zip(TempFolder(), data, schema: null));

        Assert.Equal($"export.zip: data.xml, cjp_sample record {SampleId}, field cjp_accountid: it points to table 'widget', which neither data_schema.xml nor cjp knows — correct lookupentity (account); nothing was loaded.", problem);
    }

    [Fact]
    public void A_field_the_schema_types_differently_from_cjps_column_names_both_types()
    {
        var problem = ProblemWith(schema: Schema.Replace("name=\"cjp_count\" type=\"number\"", "name=\"cjp_count\" type=\"string\"", StringComparison.Ordinal));

        Assert.Equal($"export.zip: data.xml, cjp_sample record {SampleId}, field cjp_count: data_schema.xml declares it a string field but cjp's cjp_sample.cjp_count holds Integer values — export the field with its Dataverse type; nothing was loaded.", problem);
    }

    [Fact]
    public void Text_longer_than_the_column_holds_names_the_record_and_field()
    {
        var problem = ProblemWith(data: Data.Replace("value=\"Sample one\"", $"value=\"{new string('x', 60)}\"", StringComparison.Ordinal));

        Assert.Equal($"export.zip: data.xml, cjp_sample record {SampleId}, field cjp_name: the text is 60 characters long but cjp_sample.cjp_name holds at most 50 — shorten it; nothing was loaded.", problem);
    }

    [Fact]
    public void A_choice_value_the_column_does_not_allow_names_the_record_field_and_the_allowed_values()
    {
        var problem = ProblemWith(data: Data.Replace("name=\"cjp_kind\" value=\"573100001\"", "name=\"cjp_kind\" value=\"999\"", StringComparison.Ordinal));

        Assert.Equal($"export.zip: data.xml, cjp_sample record {SampleId}, field cjp_kind: 999 is not a value of cjp_kind — use one of 573100000, 573100001, 573100002; nothing was loaded.", problem);
    }

    [Fact]
    public void A_record_written_twice_names_the_record()
    {
        var record = $"<record id=\"{Contact}\">";
        var start = Data.IndexOf(record, StringComparison.Ordinal);
        var end = Data.IndexOf("</record>", start, StringComparison.Ordinal) + "</record>".Length;
        var twice = Data.Insert(end, Data[start..end]);

        var problem = ProblemWith(data: twice);

        Assert.Equal($"export.zip: data.xml, contact record {Contact}: the record appears twice — keep one; nothing was loaded.", problem);
    }

    [Fact]
    public void A_primary_key_field_that_differs_from_the_record_id_names_the_record()
    {
        var problem = ProblemWith(data: Data.Replace($"<field name=\"contactid\" value=\"{Contact}\" />", $"<field name=\"contactid\" value=\"{Account}\" />", StringComparison.Ordinal));

        Assert.Equal($"export.zip: data.xml, contact record {Contact}, field contactid: '{Account}' is not the record's id — the primary key field holds the same Guid as the record's id attribute; nothing was loaded.", problem);
    }
}
