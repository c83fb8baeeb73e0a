using System;
using System.IO;
using System.IO.Compression;
using CrmJourney.Domain.Journey;
using Newtonsoft.Json.Linq;

namespace CrmJourney.Cli.Tests.Commands.Journey;

/// <summary>
/// A data folder as an organization looks right after the solution is imported into one with history: some
/// active accounts have no journey stage. Sweep, rules preview and report still succeed, and each says in one
/// sentence how many accounts no rule can see and how to fix it — in text and in JSON; a folder whose active
/// accounts all have a stage hears nothing.
/// </summary>
public sealed class AccountsWithoutStageCommandTests
{
    private const string Sentence =
        "2 active accounts have no journey stage, so no rule evaluates them; run `cjp init --data data` (or the cjp_InitializeJourney custom API) to give them one from their history.";

    // Loaded straight into the store, as any data folder is (no plug-in step runs on load, so no birth stage is
    // given), all owned by the organization's default administrator: a prospect, an active client and a former client with stages (573100000/1/3), two active accounts
    // with none, and an inactive one with none, which no sweep reads anyway.
    private const string Header = "accountid,name,ownerid,statecode,statuscode,cjp_journeystage,createdon";
    private const string Staged = """
        10000000-0000-0000-0000-000000000001,Staged Prospect,systemuser:a1f0c0de-0000-4000-8000-000000000002,0,1,573100000,2026-01-05T09:00:00Z
        10000000-0000-0000-0000-000000000002,Staged Client,systemuser:a1f0c0de-0000-4000-8000-000000000002,0,1,573100001,2026-01-05T09:00:00Z
        10000000-0000-0000-0000-000000000003,Staged Former,systemuser:a1f0c0de-0000-4000-8000-000000000002,0,1,573100003,2026-01-05T09:00:00Z
        10000000-0000-0000-0000-000000000006,Imported Closed,systemuser:a1f0c0de-0000-4000-8000-000000000002,1,2,,2024-03-01T09:00:00Z
        """;

    private const string Unstaged = """
        10000000-0000-0000-0000-000000000004,Imported One,systemuser:a1f0c0de-0000-4000-8000-000000000002,0,1,,2024-03-01T09:00:00Z
        10000000-0000-0000-0000-000000000005,Imported Two,systemuser:a1f0c0de-0000-4000-8000-000000000002,0,1,,2024-03-01T09:00:00Z
        """;

    private static readonly string _rules = Path.Combine(RepositoryRoot.Path, "tools", "CrmJourney.Cli", "rules.default.json");

    [Fact]
    public void Sweep_evaluates_the_staged_accounts_and_warns_about_the_two_without_a_stage_with_exit_code_0()
    {
        using var folder = DataFolder(withUnstaged: true);

        var run = CliRun.In(folder.Root, "sweep", "--data", "data", "--rules", _rules, "--as-of", "2026-11-20", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(": 3 accounts,", run.Out, StringComparison.Ordinal);
        Assert.Contains("Warning: " + Sentence, run.ErrorLines);
    }

    [Fact]
    public void Sweep_json_carries_the_count_and_the_sentence()
    {
        using var folder = DataFolder(withUnstaged: true);

        var run = CliRun.In(folder.Root, "sweep", "--data", "data", "--rules", _rules, "--as-of", "2026-11-20", "--dry-run", "--json");

        Assert.Equal(0, run.ExitCode);
        var json = JObject.Parse(run.Out);
        Assert.Equal(3, json.Value<int>("evaluatedAccounts"));
        Assert.Equal(2, json.Value<int>("accountsWithoutStage"));
        Assert.False(json.Value<bool>("accountsWithoutStageIsLowerBound"));
        Assert.Equal(Sentence, json.Value<string>("accountsWithoutStageMessage"));
    }

    [Fact]
    public void Rules_preview_leaves_the_accounts_without_a_stage_out_as_the_sweep_does_and_says_so()
    {
        using var folder = DataFolder(withUnstaged: true);

        var run = CliRun.In(folder.Root, "rules", "preview", "--data", "data", "--rules", _rules, "--as-of", "2026-11-20");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("on 3 accounts (nothing is written)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Warning: " + Sentence, run.ErrorLines);
    }

    [Fact]
    public void Report_shows_the_sentence_on_the_page_in_its_json_and_on_the_console()
    {
        using var folder = DataFolder(withUnstaged: true);

        var run = CliRun.In(folder.Root, "report", "--data", "data", "--out", "out/report.html", "--json", "out/report.json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Warning: " + Sentence, run.ErrorLines);
        Assert.Contains("<p class=\"warning\" data-figure=\"accounts-without-stage\">" + Sentence + "</p>", File.ReadAllText(folder.Path("out/report.html")), StringComparison.Ordinal);
        var json = JObject.Parse(File.ReadAllText(folder.Path("out/report.json")));
        Assert.Equal(2, json.Value<int>(AccountsWithoutStage.CountJsonName));
        Assert.False(json.Value<bool>(AccountsWithoutStage.IsLowerBoundJsonName));
        Assert.Equal(Sentence, json.Value<string>(AccountsWithoutStage.SentenceJsonName));
    }

    [Fact]
    public void A_folder_whose_active_accounts_all_have_a_stage_hears_nothing_from_any_of_the_three()
    {
        using var folder = DataFolder(withUnstaged: false);

        var sweep = CliRun.In(folder.Root, "sweep", "--data", "data", "--rules", _rules, "--as-of", "2026-11-20", "--dry-run", "--json");
        var preview = CliRun.In(folder.Root, "rules", "preview", "--data", "data", "--rules", _rules, "--as-of", "2026-11-20");
        var report = CliRun.In(folder.Root, "report", "--data", "data", "--out", "out/report.html", "--json", "out/report.json");

        Assert.Equal((0, 0, 0), (sweep.ExitCode, preview.ExitCode, report.ExitCode));
        foreach (var run in new[] { sweep, preview, report })
        {
            Assert.DoesNotContain("journey stage", run.Error, StringComparison.Ordinal);
        }

        var sweepJson = JObject.Parse(sweep.Out);
        Assert.Equal(0, sweepJson.Value<int>("accountsWithoutStage"));
        Assert.Equal(JTokenType.Null, sweepJson["accountsWithoutStageMessage"]!.Type);
        var reportJson = JObject.Parse(File.ReadAllText(folder.Path("out/report.json")));
        Assert.Equal(0, reportJson.Value<int>("accountsWithoutStage"));
        Assert.Equal(JTokenType.Null, reportJson["accountsWithoutStageMessage"]!.Type);
        Assert.DoesNotContain("accounts-without-stage", File.ReadAllText(folder.Path("out/report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_configuration_migration_export_of_an_organization_with_history_is_swept_with_the_warning_naming_the_zip()
    {
        using var folder = new TemporaryFolder();
        using (var zip = ZipFile.Open(folder.Path("export.zip"), ZipArchiveMode.Create))
        {
            Write(zip, "[Content_Types].xml", LocalOrg.Cmt.CmtFormat.ContentTypes);
            Write(zip, "data.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <entities timestamp="2026-11-20T09:15:42Z">
                  <entity name="account" displayname="Account">
                    <records>
                      <record id="2a000000-0000-0000-0000-000000000001">
                        <field name="accountid" value="2a000000-0000-0000-0000-000000000001" />
                        <field name="name" value="Alpha Partners" />
                        <field name="statecode" value="0" />
                        <field name="statuscode" value="1" />
                      </record>
                      <record id="2a000000-0000-0000-0000-000000000002">
                        <field name="accountid" value="2a000000-0000-0000-0000-000000000002" />
                        <field name="name" value="Beta Holdings" />
                        <field name="statecode" value="0" />
                        <field name="statuscode" value="1" />
                      </record>
                      <record id="2a000000-0000-0000-0000-000000000003">
                        <field name="accountid" value="2a000000-0000-0000-0000-000000000003" />
                        <field name="name" value="Gamma Closed" />
                        <field name="statecode" value="1" />
                        <field name="statuscode" value="2" />
                      </record>
                    </records>
                    <m2mrelationships />
                  </entity>
                </entities>
                """);
        }

        var run = CliRun.In(folder.Root, "sweep", "--data", "export.zip", "--rules", _rules, "--as-of", "2026-11-20", "--dry-run", "--json");

        Assert.Equal(0, run.ExitCode);
        var json = JObject.Parse(run.Out);
        Assert.Equal((0, 2), (json.Value<int>("evaluatedAccounts"), json.Value<int>("accountsWithoutStage")));
        Assert.Equal(
            "2 active accounts have no journey stage, so no rule evaluates them; run `cjp init --data export.zip` (or the cjp_InitializeJourney custom API) to give them one from their history.",
            json.Value<string>("accountsWithoutStageMessage"));
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }

    private static TemporaryFolder DataFolder(bool withUnstaged)
    {
        var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.Path("data"));
        File.WriteAllText(folder.Path("data/account.csv"), Header + "\n" + Staged + "\n" + (withUnstaged ? Unstaged + "\n" : string.Empty));
        return folder;
    }
}
