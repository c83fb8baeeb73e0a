using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CrmJourney.Cli.Reporting;

namespace CrmJourney.Cli.Tests.Commands.Journey;

public sealed class DemoCommandTests
{
    [Fact]
    public void A_small_demo_writes_the_report_with_every_chart_and_stage_counts_that_match_account_csv()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.In(folder.Root, "demo", "--accounts", "40", "--years", "1", "--out", "out");

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(folder.Path("out/report.html"));
        foreach (var id in ReportHtmlWriter.ChartIds)
        {
            Assert.Contains($"<figure id=\"{id}\"", html, StringComparison.Ordinal);
        }

        // Stage choice values are 573100000 + the stage (Prospect 0 … Former client 3); an empty stage is a prospect.
        var stages = File.ReadAllLines(folder.Path("out/data/account.csv"));
        var header = stages[0].Split(',');
        var column = Array.IndexOf(header, "cjp_journeystage");
        var rows = stages.Skip(1).Select(line => line.Split(',')[column]).ToList();
        Assert.Equal(40, rows.Count);
        var expected = new Dictionary<string, int>
        {
            ["Prospect"] = rows.Count(v => v is "" or "573100000"),
            ["ActiveClient"] = rows.Count(v => v == "573100001"),
            ["BetweenEngagements"] = rows.Count(v => v == "573100002"),
            ["FormerClient"] = rows.Count(v => v == "573100003"),
        };
        foreach (var (stage, count) in expected)
        {
            Assert.Matches(new Regex($"data-stage=\"{stage}\">{count}<"), html);
        }

        Assert.True(File.Exists(folder.Path("out/tasks.csv")));
        Assert.True(File.Exists(folder.Path("out/rules.json")));
    }

    [Fact]
    public void The_same_seed_generates_byte_identical_csv_files()
    {
        using var folder = new TemporaryFolder();

        var first = CliRun.In(folder.Root, "generate", "--accounts", "30", "--years", "1", "--seed", "5", "--out", "a");
        var second = CliRun.In(folder.Root, "generate", "--accounts", "30", "--years", "1", "--seed", "5", "--out", "b");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var files = Directory.GetFiles(folder.Path("a")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("account.csv", files);
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder.Path("a"), file!)), File.ReadAllBytes(Path.Combine(folder.Path("b"), file!)));
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task The_report_opens_in_headless_chromium_as_a_non_blank_page_without_console_errors()
    {
        const string Chromium = "/usr/bin/chromium";
        Assert.True(File.Exists(Chromium), "Chromium is missing: run .ci/install-chromium.sh (CI does).");
        using var folder = new TemporaryFolder();
        Assert.Equal(0, CliRun.In(folder.Root, "demo", "--accounts", "40", "--years", "1", "--out", "out").ExitCode);
        var screenshot = folder.Path("report.png");

        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            ArgumentList =
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + folder.Path("profile"), "--enable-logging=stderr", "--v=0",
                "--screenshot=" + screenshot, "--window-size=1400,2400", "file://" + folder.Path("out/report.html"),
            },
        };
        using var process = Process.Start(start)!;
        var errorsRead = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var errors = await errorsRead;

        // Sections the demo always has data for must not be drawn empty (a figure with no data says data-empty="true").
        var html = File.ReadAllText(folder.Path("out/report.html"));
        foreach (var id in new[] { "journey-map", "funnel", "outcomes", "affinity", "path-to-first", "value", "retention", "satisfaction", "trends", "nurture-tasks" })
        {
            Assert.Contains($"<figure id=\"{id}\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain($"<figure id=\"{id}\" data-empty=\"true\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain($"<figure id=\"{id}\" class=\"wide\" data-empty=\"true\"", html, StringComparison.Ordinal);
        }

        // The headline and the funnel state one base: "of N accounts that were prospects in the period" is the funnel's first step.
        var funnelBase = Regex.Match(html, @"became clients: (\d+) of (\d+) accounts that were prospects in the period");
        Assert.True(funnelBase.Success, "The prospect headline does not state its base.");
        Assert.Contains($"One cohort: the {funnelBase.Groups[2].Value} accounts that were prospects in the period", html, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.Path("out/digests/amelia-hart.txt")) || Directory.GetFiles(folder.Path("out/digests"), "*.txt").Length > 0, "The digests have no plain-text alternative.");

        Assert.DoesNotContain("Uncaught", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("ERROR:CONSOLE", errors, StringComparison.Ordinal);
        var png = File.ReadAllBytes(screenshot);

        // A blank 1400×2400 page compresses to a few kilobytes; charts, text and colours do not.
        Assert.True(png.Length > 60_000, $"The screenshot is {png.Length} bytes: the page looks blank.");
    }
}
