using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using CrmJourney.Cli.Organization;

namespace CrmJourney.Cli.Tests.Organization;

/// <summary>Two cjp processes sweeping one data folder at once: the second waits, then builds on the first's writes.</summary>
public sealed class ConcurrentWritersTests
{
    private static Process Cjp(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cjp.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private static int Count(string json, string name) => int.Parse(Regex.Match(json, $"\"{name}\": (\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static (int Tasks, int Logs) Rows(string folder)
    {
        var rows = DataFolder.Load(JourneyOrganization.Create(), folder, "data", _ => { });
        return (rows.GetValueOrDefault("task"), rows.GetValueOrDefault("cjp_nurturelog"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Two_sweeps_of_one_folder_at_once_lose_nothing_the_second_waits_and_builds_on_the_first()
    {
        using var folder = new TemporaryFolder();
        Assert.Equal(0, CliRun.In(folder.Root, "generate", "--accounts", "40", "--years", "1", "--out", "data").ExitCode);
        var before = Rows(folder.Path("data"));
        var rules = Path.Combine(RepositoryRoot.Path, "tools", "CrmJourney.Cli", "rules.default.json");

        // The test holds the folder first, so both sweeps are started and waiting for it at the same time (the barrier).
        Process first, second;
        using (DataFolderLock.Acquire(folder.Path("data"), "data", "test", TimeSpan.Zero))
        {
            first = Cjp(folder.Root, "sweep", "--data", "data", "--rules", rules, "--as-of", "2026-11-20", "--json", "--lock-wait", "120");
            second = Cjp(folder.Root, "sweep", "--data", "data", "--rules", rules, "--as-of", "2026-12-20", "--json", "--lock-wait", "120");
            Thread.Sleep(TimeSpan.FromSeconds(3));
            Assert.False(first.HasExited);
            Assert.False(second.HasExited);
        }

        // Both streams of both processes are read at once, so neither can block on a full pipe.
        var outputs = new[] { first.StandardOutput.ReadToEndAsync(), first.StandardError.ReadToEndAsync(), second.StandardOutput.ReadToEndAsync(), second.StandardError.ReadToEndAsync() };
        var texts = await System.Threading.Tasks.Task.WhenAll(outputs).WaitAsync(TimeSpan.FromMinutes(5));
        var (firstOut, firstError, secondOut, secondError) = (texts[0], texts[1], texts[2], texts[3]);
        using (first)
        using (second)
        {
            await first.WaitForExitAsync();
            await second.WaitForExitAsync();
            Assert.True(first.ExitCode == 0, firstError);
            Assert.True(second.ExitCode == 0, secondError);
        }

        var after = Rows(folder.Path("data"));
        var tasks = Count(firstOut, "tasksCreated") + Count(secondOut, "tasksCreated");
        var logs = Count(firstOut, "logsCreated") + Count(secondOut, "logsCreated");
        Assert.True(tasks > 0, "neither sweep created a task, so the test proves nothing");
        Assert.Equal(before.Tasks + tasks, after.Tasks);
        Assert.Equal(before.Logs + logs, after.Logs);
    }
}
