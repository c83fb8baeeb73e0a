using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using CrmJourney.Cli.Organization;

namespace CrmJourney.Cli.Tests.Organization;

/// <summary>--data with a Configuration Migration package, and generate --format cmt.</summary>
public sealed class CmtDataTests
{
    private const string Account = "1a000000-0000-0000-0000-000000000001";

    private static void WriteExport(string path, string data)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var writer = new StreamWriter(zip.CreateEntry("data.xml").Open()))
        {
            writer.Write(data);
        }

        using (var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
        {
            writer.Write(LocalOrg.Cmt.CmtFormat.ContentTypes);
        }
    }

    private static string Export(string accountName) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <entities xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" timestamp="2026-11-20T09:15:42.1234567Z">
          <entity name="account" displayname="Account">
            <records>
              <record id="{Account}">
                <field name="accountid" value="{Account}" />
                <field name="name" value="{accountName}" />
                <field name="statecode" value="0" />
                <field name="statuscode" value="1" />
              </record>
            </records>
            <m2mrelationships />
          </entity>
          <entity name="incident" displayname="Case">
            <records>
              <record id="8d000000-0000-0000-0000-000000000009">
                <field name="title" value="Printer jam" />
              </record>
            </records>
            <m2mrelationships />
          </entity>
        </entities>
        """;

    [Fact]
    public void A_firm_generated_as_a_data_zip_loads_back_to_exactly_the_csv_folder_generated_from_the_same_seed()
    {
        using var folder = new TemporaryFolder();
        Assert.Equal(0, CliRun.In(folder.Root, "generate", "--accounts", "30", "--years", "1", "--seed", "5", "--out", "csv").ExitCode);
        Assert.Equal(0, CliRun.In(folder.Root, "generate", "--accounts", "30", "--years", "1", "--seed", "5", "--format", "cmt", "--out", "firm.zip").ExitCode);

        var organization = JourneyOrganization.Create();
        var warnings = new System.Collections.Generic.List<string>();
        DataFolder.Load(organization, folder.Path("firm.zip"), "firm.zip", warnings.Add);
        DataFolder.Save(organization, folder.Path("back"), DataFolderFormat.Csv);

        Assert.Empty(warnings);
        var files = Directory.GetFiles(folder.Path("csv")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(folder.Path("back")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
        foreach (var file in files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(folder.Path("csv"), file!)).SequenceEqual(File.ReadAllBytes(Path.Combine(folder.Path("back"), file!))),
                $"{file} differs after the round trip through data.zip");
        }
    }

    [Fact]
    public void A_sweep_over_a_data_zip_writes_it_back_as_a_data_zip_and_a_second_sweep_finds_nothing_more_to_do()
    {
        using var folder = new TemporaryFolder();
        Assert.Equal(0, CliRun.In(folder.Root, "generate", "--accounts", "40", "--years", "1", "--format", "cmt", "--out", "firm.zip").ExitCode);

        var rules = Path.Combine(RepositoryRoot.Path, "tools", "CrmJourney.Cli", "rules.default.json");

        var first = CliRun.In(folder.Root, "sweep", "--data", "firm.zip", "--rules", rules, "--as-of", "2026-11-20", "--json");
        var second = CliRun.In(folder.Root, "sweep", "--data", "firm.zip", "--rules", rules, "--as-of", "2026-11-20", "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.DoesNotContain("\"tasksCreated\": 0", first.Out, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("\"tasksCreated\": 0", second.Out, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(folder.Path("firm.zip"));
        Assert.Equal(new[] { "[Content_Types].xml", "data.xml", "data_schema.xml" }, zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_report_on_an_export_warns_about_each_table_it_leaves_out_and_still_runs()
    {
        using var folder = new TemporaryFolder();
        WriteExport(folder.Path("export.zip"), Export("Alpha"));

        var run = CliRun.In(folder.Root, "report", "--data", "export.zip", "--out", "r.html");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: export.zip: left out table incident (1 records), which cjp does not model.", run.ErrorLines);
        Assert.Contains("warning: export.zip: no data_schema.xml, so values were read by cjp's own column types.", run.ErrorLines);
    }

    [Fact]
    public void A_malformed_export_is_one_sentence_naming_file_record_and_field_and_nothing_is_written()
    {
        using var folder = new TemporaryFolder();
        WriteExport(folder.Path("export.zip"), Export("Alpha").Replace("name=\"statecode\" value=\"0\"", "name=\"statecode\" value=\"active\"", StringComparison.Ordinal));
        var before = folder.Snapshot();

        var run = CliRun.In(folder.Root, "report", "--data", "export.zip", "--out", "r.html");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"export.zip: data.xml, account record {Account}, field statecode: 'active' is not a choice value — write the option's number, e.g. 573100000; nothing was loaded.", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, folder.Snapshot());
    }
}
