using System;
using System.IO;
using System.Linq;

namespace CrmJourney.Cli.Tests.Commands.Report;

public sealed class BadInputTests
{
    [Fact]
    public void A_missing_data_folder_is_bad_input_named_in_one_sentence()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.In(folder.Root, "report", "--data", "nowhere", "--out", "r.html");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("The data folder nowhere does not exist; pass a folder of <table>.csv files (e.g. the data/ folder 'cjp demo' or 'cjp generate' writes) or a Configuration Migration data.zip.", run.ErrorLines.Single());
        Assert.False(File.Exists(folder.Path("r.html")));
    }

    [Fact]
    public void A_malformed_date_is_reported_with_file_line_and_column_and_nothing_is_written()
    {
        using var folder = new TemporaryFolder();
        Assert.Equal(0, CliRun.In(folder.Root, "generate", "--accounts", "10", "--years", "1", "--out", "data").ExitCode);
        var lines = File.ReadAllLines(folder.Path("data/account.csv")).ToList();
        var header = lines[0].Split(',');
        var column = Array.IndexOf(header, "createdon");
        var fields = lines[3].Split(',');
        fields[column] = "abc";
        lines[3] = string.Join(',', fields);
        File.WriteAllLines(folder.Path("data/account.csv"), lines);
        var before = folder.Snapshot();

        var run = CliRun.In(folder.Root, "report", "--data", "data", "--out", "r.html");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, line => line.StartsWith($"account.csv:4:{column + 1}: 'abc'", StringComparison.Ordinal));
        Assert.Equal(before, folder.Snapshot());
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.In(folder.Root, "demo", "--acounts", "5");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--acounts", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_with_a_connection_string_says_it_needs_the_nuget_build()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.In(folder.Root, "sweep", "--connection", "AuthType=ClientSecret;Url=https://x.crm.dynamics.com;ClientId=a;ClientSecret=b");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("-p:XrmSdk=NuGet", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_is_bad_input_and_the_folder_is_left_as_it_was()
    {
        using var folder = new TemporaryFolder();
        Assert.Equal(0, CliRun.In(folder.Root, "generate", "--accounts", "10", "--years", "1", "--out", "data").ExitCode);
        var lines = File.ReadAllLines(folder.Path("data/cjp_serviceline.csv"));
        lines[0] += ",cjp_colour";
        for (var i = 1; i < lines.Length; i++)
        {
            lines[i] += ",blue";
        }

        File.WriteAllLines(folder.Path("data/cjp_serviceline.csv"), lines);
        var before = folder.Snapshot();

        var run = CliRun.In(folder.Root, "rules", "preview", "--data", "data", "--rules", Path.Combine(RepositoryRoot.Path, "tools", "CrmJourney.Cli", "rules.default.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, line => line.StartsWith("cjp_serviceline.csv:1:", StringComparison.Ordinal) && line.Contains("cjp_colour", StringComparison.Ordinal));
        Assert.Contains("nothing was changed", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, folder.Snapshot());
    }

    [Fact]
    public void A_lookup_to_a_missing_row_is_bad_input_naming_the_file_and_line()
    {
        using var folder = new TemporaryFolder();
        Assert.Equal(0, CliRun.In(folder.Root, "generate", "--accounts", "10", "--years", "1", "--out", "data").ExitCode);
        var lines = File.ReadAllLines(folder.Path("data/contact.csv"));
        var column = Array.IndexOf(lines[0].Split(','), "parentcustomerid");
        var fields = lines[1].Split(',');
        fields[column] = "account:0b0b0b0b-0000-4000-8000-000000000000";
        lines[1] = string.Join(',', fields);
        File.WriteAllLines(folder.Path("data/contact.csv"), lines);
        var before = folder.Snapshot();

        var run = CliRun.In(folder.Root, "report", "--data", "data", "--out", "r.html");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, line => line.StartsWith($"contact.csv:2:{column + 1}: parentcustomerid points to account 0b0b0b0b-0000-4000-8000-000000000000", StringComparison.Ordinal));
        Assert.Equal(before, folder.Snapshot());
    }

    [Fact]
    public void Sweeping_the_same_folder_twice_creates_nothing_the_second_time()
    {
        using var folder = new TemporaryFolder();
        Assert.Equal(0, CliRun.In(folder.Root, "demo", "--accounts", "40", "--years", "1", "--out", "demo").ExitCode);

        var first = CliRun.In(folder.Root, "sweep", "--data", "demo/data", "--as-of", "2026-11-09", "--json");
        var tasksAfterFirst = File.ReadAllBytes(folder.Path("demo/data/task.csv"));
        var logsAfterFirst = File.ReadAllBytes(folder.Path("demo/data/cjp_nurturelog.csv"));
        var second = CliRun.In(folder.Root, "sweep", "--data", "demo/data", "--as-of", "2026-11-09", "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("\"tasksCreated\": 0", second.Out, StringComparison.Ordinal);
        Assert.Contains("\"logsCreated\": 0", second.Out, StringComparison.Ordinal);
        Assert.Equal(tasksAfterFirst, File.ReadAllBytes(folder.Path("demo/data/task.csv")));
        Assert.Equal(logsAfterFirst, File.ReadAllBytes(folder.Path("demo/data/cjp_nurturelog.csv")));
    }

    [Fact]
    public void A_dry_run_sweep_leaves_the_data_folder_exactly_as_it_was()
    {
        using var folder = new TemporaryFolder();
        Assert.Equal(0, CliRun.In(folder.Root, "generate", "--accounts", "30", "--years", "1", "--out", "data").ExitCode);
        var before = folder.Snapshot();

        var run = CliRun.In(folder.Root, "sweep", "--data", "data", "--rules", Path.Combine(RepositoryRoot.Path, "tools", "CrmJourney.Cli", "rules.default.json"), "--as-of", "2026-11-02", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("dry run, nothing written", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, folder.Snapshot());
    }

    [Fact]
    public void A_report_for_a_period_writes_the_page()
    {
        using var folder = new TemporaryFolder();
        Assert.Equal(0, CliRun.In(folder.Root, "generate", "--accounts", "20", "--years", "1", "--out", "data").ExitCode);

        var run = CliRun.In(folder.Root, "report", "--data", "data", "--out", "r.html", "--from", "2026-01-01", "--to", "2026-06-30");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2026-01-01 to 2026-06-30", File.ReadAllText(folder.Path("r.html")), StringComparison.Ordinal);
    }
}
