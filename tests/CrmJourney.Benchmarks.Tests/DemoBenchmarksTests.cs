using System.IO;
using CrmJourney.Benchmarks.Demo;

namespace CrmJourney.Benchmarks.Tests;

/// <summary>
/// The demo benchmark's body run once on a small firm (40 accounts, one year; the benchmark itself
/// runs the defaults): cjp demo succeeds, writes its files into the run's own folder, and the folder
/// is gone after the cleanup.
/// </summary>
public sealed class DemoBenchmarksTests
{
    [Fact]
    public void The_demo_writes_its_report_tasks_and_data_into_a_new_folder_that_the_cleanup_removes()
    {
        var benchmark = new DemoBenchmarks { DemoArguments = new[] { "--accounts", "40", "--years", "1", "--seed", "7" } };
        benchmark.CreateFolder();

        var exitCode = benchmark.Demo();

        Assert.Equal(0, exitCode);
        Assert.Contains("(0 refused by the organization)", benchmark.Printed, System.StringComparison.Ordinal);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(benchmark.OutputFolder, "report.html")), System.StringComparison.Ordinal);
        Assert.True(File.ReadAllLines(Path.Combine(benchmark.OutputFolder, "tasks.csv")).Length > 1, "tasks.csv has no task.");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(benchmark.OutputFolder, "data"), "*", SearchOption.AllDirectories));
        benchmark.DeleteFolder();
        Assert.False(Directory.Exists(Path.GetDirectoryName(benchmark.OutputFolder)));
    }
}
