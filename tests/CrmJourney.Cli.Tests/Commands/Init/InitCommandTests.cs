using System;
using System.IO;
using System.Linq;
using CrmJourney.Domain.Json;

namespace CrmJourney.Cli.Tests.Commands.Init;

/// <summary>
/// <c>cjp init</c> on a generated firm stripped to what an organization looks like right after the solution is
/// imported (no cjp_ column on accounts, no engagements, transitions or referrals): every active account gets a
/// stage, a second run changes nothing, and a bad option is refused before anything is written.
/// </summary>
public sealed class InitCommandTests
{
    private static string HistoryOnly(TemporaryFolder folder)
    {
        Assert.Equal(0, CliRun.In(folder.Root, "generate", "--accounts", "40", "--years", "2", "--out", "data").ExitCode);
        var data = Path.Combine(folder.Root, "data");
        var accounts = File.ReadAllLines(Path.Combine(data, "account.csv"));
        var header = accounts[0].Split(',');
        var keep = Enumerable.Range(0, header.Length).Where(i => !header[i].StartsWith("cjp_", StringComparison.Ordinal)).ToArray();
        Assert.DoesNotContain(accounts, line => line.Contains('"', StringComparison.Ordinal));
        File.WriteAllLines(Path.Combine(data, "account.csv"), accounts.Select(line => string.Join(',', keep.Select(i => line.Split(',')[i]))));
        foreach (var table in new[] { "cjp_engagement", "cjp_stagetransition", "cjp_referral", "cjp_nurturelog" })
        {
            var path = Path.Combine(data, table + ".csv");
            File.WriteAllLines(path, File.ReadAllLines(path).Take(1));
        }

        return data;
    }

    private static int Int(JsonObject json, string name) => ((JsonNumber)json[name]!).TryGetInt32(out var n) ? n : -1;

    [Fact]
    public void Every_account_of_a_firm_with_history_gets_a_stage_and_a_second_run_changes_nothing()
    {
        using var folder = new TemporaryFolder();
        var data = HistoryOnly(folder);
        var accountRows = File.ReadAllLines(Path.Combine(data, "account.csv")).Length - 1;

        var first = CliRun.In(folder.Root, "init", "--data", "data", "--as-of", "2026-11-02", "--json");
        var transitionsAfterFirst = File.ReadAllLines(Path.Combine(data, "cjp_stagetransition.csv")).Length - 1;
        var second = CliRun.In(folder.Root, "init", "--data", "data", "--as-of", "2026-11-02", "--json");

        Assert.Equal(0, first.ExitCode);
        var summary = (JsonObject)JsonValue.Parse(first.Out);
        Assert.Equal(accountRows, Int(summary, "accountsInitialized") + Int(summary, "accountsSkipped"));
        Assert.True(Int(summary, "engagementsCreated") > 0);
        Assert.Equal(Int(summary, "accountsInitialized"), transitionsAfterFirst);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(0, Int((JsonObject)JsonValue.Parse(second.Out), "accountsInitialized"));
        Assert.Equal(transitionsAfterFirst, File.ReadAllLines(Path.Combine(data, "cjp_stagetransition.csv")).Length - 1);
    }

    [Fact]
    public void A_dry_run_prints_the_counts_and_leaves_the_folder_as_it_was()
    {
        using var folder = new TemporaryFolder();
        var data = HistoryOnly(folder);
        var before = File.ReadAllText(Path.Combine(data, "account.csv"));

        var run = CliRun.In(folder.Root, "init", "--data", "data", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(dry run, nothing written)", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(data, "account.csv")));
        Assert.Single(File.ReadAllLines(Path.Combine(data, "cjp_stagetransition.csv")));
    }

    [Fact]
    public void An_unknown_fallback_service_line_is_refused_in_one_sentence_and_nothing_is_written()
    {
        using var folder = new TemporaryFolder();
        var data = HistoryOnly(folder);
        var before = File.ReadAllText(Path.Combine(data, "account.csv"));

        var run = CliRun.In(folder.Root, "init", "--data", "data", "--fallback-service-line", "NOPE");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--fallback-service-line NOPE: no service line has that code", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(data, "account.csv")));
    }
}
