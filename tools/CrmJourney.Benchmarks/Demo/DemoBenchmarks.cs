using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CrmJourney.Cli;
using Spectre.Console;

namespace CrmJourney.Benchmarks.Demo;

/// <summary>
/// <c>cjp demo</c> end to end, in process: the same application and command the CLI runs (generate the
/// firm, replay three years through the plugin steps with a sweep every simulated Monday, write the
/// report, tasks, digests and data folder), into a new temporary folder each time. Target: under 30 s.
/// Consoles are strings and non-interactive, so no progress bar is drawn (as when cjp's output is
/// redirected). A few iterations: each run is seconds long.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 5, invocationCount: 1)]
public class DemoBenchmarks
{
    private string _folder = string.Empty;

    /// <summary>Arguments after <c>demo --out FOLDER</c>; none (the defaults: 400 accounts, 3 years) when benchmarking.</summary>
    public IReadOnlyList<string> DemoArguments { get; set; } = Array.Empty<string>();

    /// <summary>The folder the last run wrote to.</summary>
    public string OutputFolder => Path.Combine(_folder, "out");

    /// <summary>What the last run printed to standard output and standard error.</summary>
    public string Printed { get; private set; } = string.Empty;

    /// <summary>A new empty working folder for the run.</summary>
    [IterationSetup]
    public void CreateFolder()
    {
        _folder = Directory.CreateTempSubdirectory("cjp-demo-bench-").FullName;
    }

    /// <summary>Removes the run's folder.</summary>
    [IterationCleanup]
    public void DeleteFolder()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>
    /// Runs <c>cjp demo --out out</c> from the working folder and returns its exit code; a failed demo
    /// throws, so BenchmarkDotNet reports the failure instead of timing a short error.
    /// </summary>
    [Benchmark]
    public int Demo()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(StringConsole(output), StringConsole(error), _folder);
        var exitCode = CliApplication.WithAllCommands(context).Run(new[] { "demo", "--out", "out" }.Concat(DemoArguments).ToArray());
        Printed = output + Environment.NewLine + error;
        return exitCode == 0 ? exitCode : throw new InvalidOperationException($"cjp demo exited with {exitCode}: {error}");
    }

    private static IAnsiConsole StringConsole(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Out = new AnsiConsoleOutput(writer),
        Interactive = InteractionSupport.No,
    });
}
