using System;
using System.Globalization;
using System.Linq;
using CrmJourney.Plugins.Sweep;

namespace CrmJourney.Cli.Bench;

/// <summary>
/// What one bench measured: the dataset's size, how long each copy took to load, the product sweep's and
/// the baseline's figures, and the first task one fired and the other did not (null when they agree).
/// </summary>
public sealed record BenchResult
{
    /// <summary>Accounts in the dataset.</summary>
    public required int Accounts { get; init; }

    /// <summary>Rows imported into each copy (users, catalogue, rules, accounts, engagements, activities).</summary>
    public required int Rows { get; init; }

    /// <summary>Time to build and import one copy (the product's).</summary>
    public required TimeSpan LoadTime { get; init; }

    /// <summary>The product sweep's figures.</summary>
    public required BenchRunFigures Product { get; init; }

    /// <summary>The sweep's own summary (pages, tasks, transitions, digests, requests it counted).</summary>
    public required NurtureSweepSummary ProductSummary { get; init; }

    /// <summary>How many calls of the sweep it took (more than one when it paused at its time budget).</summary>
    public required int ProductCalls { get; init; }

    /// <summary>The baseline's figures.</summary>
    public required BenchRunFigures Baseline { get; init; }

    /// <summary>The baseline's requests by kind.</summary>
    public required BaselineCounts BaselineCounts { get; init; }

    /// <summary>
    /// The process's peak working set when the product side had finished (dataset loaded, sweep run),
    /// before the baseline's copy was loaded: everything the product's run needed at once.
    /// </summary>
    public long ProductPhasePeakWorkingSetBytes { get; init; }

    /// <summary>The process's peak working set over the whole command (both copies, one after the other).</summary>
    public long CommandPeakWorkingSetBytes { get; init; }

    /// <summary>The first difference between the tasks the two fired, in one sentence; null when they fired the same.</summary>
    public string? FirstDifference { get; init; }

    /// <summary>Baseline requests per product request.</summary>
    public double Ratio => Product.Requests == 0 ? double.PositiveInfinity : (double)Baseline.Requests / Product.Requests;

    /// <summary>The product's requests per 10,000 accounts.</summary>
    public double ProductRequestsPer10K => Product.Requests * 10_000.0 / Accounts;

    /// <summary>The result as JSON (invariant culture, times in seconds, memory in MB).</summary>
    public string ToJson() => Newtonsoft.Json.JsonConvert.SerializeObject(
        new
        {
            accounts = Accounts,
            rows = Rows,
            loadSeconds = Math.Round(LoadTime.TotalSeconds, 2),
            product = Side(Product),
            productCalls = ProductCalls,
            productPhasePeakWorkingSetMB = Math.Round(ProductPhasePeakWorkingSetBytes / 1048576.0),
            commandPeakWorkingSetMB = Math.Round(CommandPeakWorkingSetBytes / 1048576.0),
            productTransitions = ProductSummary.Transitions,
            productDigests = ProductSummary.DigestsCreated,
            productFiredByRule = ProductSummary.Rules.ToDictionary(r => r.Name, r => r.Fired),
            baseline = Side(Baseline),
            baselineListPages = BaselineCounts.ListPages,
            baselineActivityQueries = BaselineCounts.ActivityQueries,
            ratio = Math.Round(Ratio, 1),
            productRequestsPer10K = Math.Round(ProductRequestsPer10K, 1),
            sameTasks = FirstDifference is null,
            firstDifference = FirstDifference,
        },
        Newtonsoft.Json.Formatting.Indented);

    private static object Modeled(ModeledRunFigures modeled) => new
    {
        wallSeconds = Math.Round(modeled.Time.Elapsed.TotalSeconds, 1),
        executionSeconds = Math.Round(modeled.Time.ExecutionTime.TotalSeconds, 1),
        throttledSeconds = Math.Round(modeled.Time.ThrottleWait.TotalSeconds, 1),
        requestsFromOutside = modeled.Time.Requests,
        serviceProtectionFloorSeconds = Math.Round(modeled.Floor.Longest.TotalSeconds, 1),
        serviceProtectionFloorBy = new
        {
            requests = Math.Round(modeled.Floor.ByRequests.TotalSeconds, 1),
            executionTime = Math.Round(modeled.Floor.ByExecutionTime.TotalSeconds, 1),
            concurrency = Math.Round(modeled.Floor.ByConcurrency.TotalSeconds, 1),
        },
        bindingLimit = modeled.Floor.BindingLimit,
        longestCallSeconds = Math.Round(modeled.LongestCall.TotalSeconds, 2),
    };

    /// <summary>Megabytes, one decimal, invariant.</summary>
    public static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("N0", CultureInfo.InvariantCulture) + " MB";

    private static object Side(BenchRunFigures figures) => new
    {
        requests = figures.Requests,
        systemJobsQueued = figures.SystemJobsQueued,
        modeled = figures.Modeled is { } modeled ? Modeled(modeled) : null,
        tasks = figures.Tasks.Count,
        wallSeconds = Math.Round(figures.Wall.TotalSeconds, 2),
        cpuSeconds = Math.Round(figures.Cpu.TotalSeconds, 2),
        heapBeforeMB = Math.Round(figures.HeapBeforeBytes / 1048576.0),
        peakHeapMB = Math.Round(figures.PeakHeapBytes / 1048576.0),
        runHeapMB = Math.Round(figures.RunHeapBytes / 1048576.0),
        liveHeapAfterMB = Math.Round(figures.HeapAfterBytes / 1048576.0),
    };
}
