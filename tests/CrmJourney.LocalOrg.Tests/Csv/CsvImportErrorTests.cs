using System.Linq;
using CrmJourney.LocalOrg.Csv;
using CrmJourney.LocalOrg.Storage;
using static CrmJourney.LocalOrg.Tests.Csv.CsvTestData;

namespace CrmJourney.LocalOrg.Tests.Csv;

/// <summary>
/// Every bad-file problem with its exact <c>file:line:column</c>, and that a failing import loads nothing:
/// the store keeps one account of its own and must have only that one afterwards.
/// </summary>
public sealed class CsvImportErrorTests
{
    private const string A = "1a000000-0000-0000-0000-000000000001";
    private const string B = "1b000000-0000-0000-0000-000000000002";
    private const string C = "2c000000-0000-0000-0000-000000000003";
    private const string Existing = "9e000000-0000-0000-0000-000000000009";

    private static DataStore StoreWithOneAccount()
    {
        var store = NewStore();
        Insert(store, "account", System.Guid.Parse(Existing), ("name", "Existing"));
        return store;
    }

    /// <summary>Imports the files into a store holding one account, checks nothing changed, returns the problems as text.</summary>
    private static string[] Problems(params (string File, string Text)[] files)
    {
        var store = StoreWithOneAccount();
        var before = Counts(store);

        var result = CsvImporter.Import(store, files.Select(file => CsvSource.FromText(file.File, file.Text)));

        Assert.False(result.Succeeded);
        Assert.Equal(before, Counts(store));
        return result.Problems.Select(problem => problem.ToString()).ToArray();
    }

    [Fact]
    public void A_value_that_is_not_a_date_names_line_column_and_the_two_accepted_forms()
    {
        var problems = Problems(("cjp_sample.csv", $"cjp_sampleid,cjp_name,cjp_count,cjp_day\n{A},x,1,2026-07-03\n{B},y,2,abc\n"));

        Assert.Equal(new[] { "cjp_sample.csv:3:4: 'abc' is not a date — write dates as 2026-07-03 or 2026-07-03T14:05:00Z" }, problems);
    }

    [Fact]
    public void A_time_without_a_zone_is_refused_with_the_utc_form()
    {
        var problems = Problems(("cjp_sample.csv", $"cjp_sampleid,cjp_at\n{A},2026-07-03T14:05:00\n"));

        Assert.Equal(new[] { "cjp_sample.csv:2:2: '2026-07-03T14:05:00' has no time zone — times are UTC: add Z, e.g. 2026-07-03T14:05:00Z" }, problems);
    }

    [Fact]
    public void An_unknown_column_is_reported_in_the_header()
    {
        var problems = Problems(("account.csv", $"accountid,name,cjp_foo\n{A},x,1\n"));

        Assert.Equal(new[] { "account.csv:1:3: unknown column 'cjp_foo' — account has no such column" }, problems);
    }

    [Fact]
    public void A_capitalised_column_name_gets_the_lower_case_hint()
    {
        var problems = Problems(("account.csv", $"accountid,Name\n{A},x\n"));

        Assert.Equal(new[] { "account.csv:1:2: unknown column 'Name' — account has no such column (logical names are lower case: name)" }, problems);
    }

    [Fact]
    public void A_file_for_an_unknown_table_is_reported()
    {
        var problems = Problems(("cjp_nothing.csv", "cjp_nothingid\n"), ("Account.csv", "accountid\n"));

        Assert.Equal(
            new[]
            {
                "Account.csv:1:1: unknown table 'Account' — file names are logical names in lower case: account.csv",
                "cjp_nothing.csv:1:1: unknown table 'cjp_nothing' — name each file after a table's logical name, e.g. account.csv",
            },
            problems);
    }

    [Fact]
    public void A_file_without_the_id_column_is_reported()
    {
        var problems = Problems(("account.csv", "name\nAlpha\n"));

        Assert.Equal(new[] { "account.csv:1:1: no accountid column — every row needs its id, which lookups in other files point to" }, problems);
    }

    [Fact]
    public void Values_of_the_wrong_type_are_each_reported_at_their_field()
    {
        var problems = Problems(("cjp_sample.csv", $"cjp_sampleid,cjp_count,cjp_value,cjp_flag,cjp_kind,cjp_stages,cjp_externalid\n{A},4.5,\"1,5\",yes,Prospect,573100000;x,nope\n"));

        Assert.Equal(
            new[]
            {
                "cjp_sample.csv:2:2: '4.5' is not a whole number — write digits with an optional leading minus, e.g. 42",
                "cjp_sample.csv:2:3: '1,5' is not a decimal number — write it with a dot and no thousands separator, e.g. 1234.50",
                "cjp_sample.csv:2:4: 'yes' is not a yes/no value — write true or false",
                "cjp_sample.csv:2:5: 'Prospect' is not a choice value — write the option's number, e.g. 573100000",
                "cjp_sample.csv:2:6: 'x' in '573100000;x' is not a choice value — write option numbers joined by ';', e.g. 573100000;573100002",
                "cjp_sample.csv:2:7: 'nope' is not a Guid — write it as 5d2b6c1e-0a4f-4c3e-9b7d-2f1a8e6c4b30",
            },
            problems);
    }

    [Fact]
    public void A_choice_value_the_column_does_not_allow_lists_the_allowed_ones()
    {
        var problems = Problems(("cjp_sample.csv", $"cjp_sampleid,cjp_kind\n{A},573100009\n"));

        Assert.Equal(new[] { "cjp_sample.csv:2:2: 573100009 is not a value of cjp_kind — use one of 573100000, 573100001, 573100002" }, problems);
    }

    [Fact]
    public void Text_longer_than_the_column_is_reported()
    {
        var problems = Problems(("cjp_sample.csv", $"cjp_sampleid,cjp_code\n{A},ABCDEFGHIJK\n"));

        Assert.Equal(new[] { "cjp_sample.csv:2:2: the text is 11 characters long but cjp_sample.cjp_code holds at most 10 — shorten it" }, problems);
    }

    [Fact]
    public void A_duplicate_id_names_the_line_that_already_has_it()
    {
        var problems = Problems(("account.csv", $"name,accountid\nx,{A}\ny,{A}\n"));

        Assert.Equal(new[] { $"account.csv:3:2: duplicate id {A} — line 2 already has it" }, problems);
    }

    [Fact]
    public void An_id_the_organization_already_has_is_refused()
    {
        var problems = Problems(("account.csv", $"accountid,name\n{Existing},again\n"));

        Assert.Equal(new[] { $"account.csv:2:1: account {Existing} already exists in the organization — an import adds rows, it does not update them" }, problems);
    }

    [Fact]
    public void An_alternate_key_used_twice_in_the_file_is_reported_on_the_second_row()
    {
        var problems = Problems(("cjp_sample.csv", $"cjp_sampleid,cjp_code\n{A},TAX\n{B},tax\n"));

        Assert.Equal(new[] { "cjp_sample.csv:3:2: alternate key cjp_samplecode: cjp_code 'tax' is already used on line 2 — key values must be unique" }, problems);
    }

    [Fact]
    public void An_alternate_key_the_organization_already_uses_is_reported()
    {
        var store = NewStore();
        Insert(store, "cjp_sample", System.Guid.Parse(C), ("cjp_code", "TAX"));

        var result = CsvImporter.Import(store, new[] { CsvSource.FromText("cjp_sample.csv", $"cjp_sampleid,cjp_code\n{A},TAX\n") });

        Assert.Equal($"cjp_sample.csv:2:2: alternate key cjp_samplecode: cjp_code 'TAX' is already used by cjp_sample {C} in the organization", Assert.Single(result.Problems).ToString());
        Assert.Equal(1, store.Table("cjp_sample").Count);
    }

    [Fact]
    public void A_lookup_to_a_row_in_neither_the_import_nor_the_store_is_reported()
    {
        var problems = Problems(
            ("account.csv", $"accountid,name\n{A},Alpha\n"),
            ("cjp_sample.csv", $"cjp_sampleid,cjp_name,cjp_accountid\n{C},ok,{A}\n{B},existing,{Existing}\n{"4e000000-0000-0000-0000-000000000005"},bad,{"5d2b6c1e-0a4f-4c3e-9b7d-2f1a8e6c4b30"}\n"));

        Assert.Equal(
            new[] { "cjp_sample.csv:4:3: cjp_accountid points to account 5d2b6c1e-0a4f-4c3e-9b7d-2f1a8e6c4b30 which is not in account.csv nor in the organization" },
            problems);
    }

    [Fact]
    public void A_lookup_to_a_table_the_column_does_not_target_is_reported()
    {
        var problems = Problems(
            ("contact.csv", $"contactid\n{C}\n"),
            ("cjp_sample.csv", $"cjp_sampleid,cjp_accountid\n{A},contact:{C}\n"));

        Assert.Equal(new[] { "cjp_sample.csv:2:2: cjp_accountid cannot point to a contact — it points to account" }, problems);
    }

    [Fact]
    public void A_bare_id_in_a_polymorphic_lookup_that_no_target_holds_is_reported()
    {
        var problems = Problems(("cjp_sample.csv", $"cjp_sampleid,cjp_customerid\n{A},{C}\n"));

        Assert.Equal(new[] { $"cjp_sample.csv:2:2: cjp_customerid points to {C}, which is in none of account.csv, contact.csv" }, problems);
    }

    [Fact]
    public void A_bare_id_that_two_targets_hold_must_name_its_table()
    {
        var problems = Problems(
            ("account.csv", $"accountid\n{C}\n"),
            ("contact.csv", $"contactid\n{C}\n"),
            ("cjp_sample.csv", $"cjp_sampleid,cjp_customerid\n{A},{C}\n"));

        Assert.Equal(new[] { $"cjp_sample.csv:2:2: cjp_customerid points to {C}, which both account and contact have — write account:{C} to say which" }, problems);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_reported()
    {
        var problems = Problems(("account.csv", $"accountid,name,telephone1\n{A},Smith, Jones,555\n"));

        Assert.Equal(new[] { "account.csv:2:4: the row has 4 fields but the header has 3 — quote fields that contain commas" }, problems);
    }

    [Fact]
    public void A_status_reason_of_another_state_is_reported()
    {
        var problems = Problems(("account.csv", $"accountid,statecode,statuscode\n{A},0,2\n"));

        Assert.Equal(new[] { "account.csv:2:3: status reason 2 does not belong to state Active (0) — use 1" }, problems);
    }

    [Fact]
    public void A_syntax_error_is_reported_at_its_position()
    {
        var problems = Problems(("account.csv", $"accountid,name\n{A},\"Alpha\n"));

        Assert.Equal(new[] { "account.csv:2:2: this quoted field is never closed — add the closing quote" }, problems);
    }

    [Fact]
    public void Problems_of_several_files_are_all_reported_and_valid_files_are_not_loaded_either()
    {
        var store = StoreWithOneAccount();

        var result = CsvImporter.Import(
            store,
            new[]
            {
                CsvSource.FromText("contact.csv", $"contactid,fullname\n{C},Valid Contact\n"),
                CsvSource.FromText("cjp_sample.csv", $"cjp_sampleid,cjp_count\n{A},x\n"),
                CsvSource.FromText("account.csv", $"accountid,numberofemployees\n{B},many\n"),
            });

        Assert.Equal(new[] { "account.csv:2:2", "cjp_sample.csv:2:2" }, result.Problems.Select(problem => $"{problem.File}:{problem.Line}:{problem.Column}"));
        Assert.Equal(0, store.Table("contact").Count);
        Assert.Equal(1, store.Table("account").Count);
        Assert.Empty(result.RowsLoaded);
    }
}
