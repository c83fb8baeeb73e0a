using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CrmJourney.Cli.Reporting;

namespace CrmJourney.Cli.Tests.Commands.Report;

public sealed class ReportExportTests
{
    [Fact]
    public void Report_writes_every_figure_as_json_and_one_csv_per_section_that_agree_with_each_other()
    {
        using var folder = new TemporaryFolder();
        Assert.Equal(0, CliRun.In(folder.Root, "generate", "--accounts", "30", "--years", "1", "--seed", "5", "--out", "data").ExitCode);

        var run = CliRun.In(folder.Root, "report", "--data", "data", "--json", "out/report.json", "--csv", "out/csv", "--to", "2026-11-01");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(folder.Path("out/report.json")));
        var root = json.RootElement;
        foreach (var name in new[] { "stageCounts", "flows", "conversions", "funnel", "outcomes", "formerBySentiment", "pigeonholed", "affinity", "pathToFirstEngagement", "lifetimeValue", "retention", "satisfaction", "monthlyStageCounts", "quarterlyFlows", "nurtureWork" })
        {
            Assert.True(root.TryGetProperty(name, out _), $"report.json has no {name}.");
        }

        // The headline's base is the funnel's first step and the outcomes' base; engaged is the conversion's numerator.
        var conversion = root.GetProperty("conversions")[0];
        var outcomes = root.GetProperty("outcomes");
        Assert.Equal(conversion.GetProperty("base").GetInt32(), root.GetProperty("funnel")[0].GetProperty("accounts").GetInt32());
        Assert.Equal(conversion.GetProperty("base").GetInt32(), outcomes.GetProperty("prospects").GetInt32());
        Assert.Equal(conversion.GetProperty("converted").GetInt32(), outcomes.GetProperty("engaged").GetInt32());
        Assert.Equal(
            outcomes.GetProperty("prospects").GetInt32(),
            outcomes.GetProperty("engaged").GetInt32() + outcomes.GetProperty("notNow").GetInt32() + outcomes.GetProperty("noWay").GetInt32() + outcomes.GetProperty("open").GetInt32());

        var files = Directory.GetFiles(folder.Path("out/csv")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(ReportExport.CsvFiles.Order(StringComparer.Ordinal).ToList(), files);
        var stageCsv = File.ReadAllLines(folder.Path("out/csv/stage-counts.csv")).Skip(1).Sum(l => int.Parse(l.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(root.GetProperty("stageCounts").EnumerateArray().Sum(s => s.GetProperty("accounts").GetInt32()), stageCsv);
    }

    [Fact]
    public void Report_without_any_output_says_what_to_pass_and_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        Assert.Equal(0, CliRun.In(folder.Root, "generate", "--accounts", "5", "--years", "1", "--out", "data").ExitCode);

        var run = CliRun.In(folder.Root, "report", "--data", "data");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Nothing to write: pass --out FILE.html, --json FILE or --csv DIR", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Path("out")));
    }
}
