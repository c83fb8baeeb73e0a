using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Cli.Bench;

/// <summary>
/// What one initialization bench measured: the dataset's size, the product initialization's and the per-account
/// baseline's figures on identical copies, the stages the product left, and the first account whose stage differs
/// (null when they agree).
/// </summary>
public sealed record InitBenchResult
{
    /// <summary>Accounts in the dataset.</summary>
    public required int Accounts { get; init; }

    /// <summary>Completed activities in the dataset.</summary>
    public required int Activities { get; init; }

    /// <summary>Rows imported into each copy (users, catalogue, accounts, contacts, opportunities, leads, activities).</summary>
    public required int Rows { get; init; }

    /// <summary>Time to build and import one copy (the product's).</summary>
    public required TimeSpan LoadTime { get; init; }

    /// <summary>The product initialization's figures.</summary>
    public required BenchRunFigures Product { get; init; }

    /// <summary>The product initialization's own summary.</summary>
    public required InitProductSummary ProductSummary { get; init; }

    /// <summary>The baseline's figures.</summary>
    public required BenchRunFigures Baseline { get; init; }

    /// <summary>The baseline's own requests by kind.</summary>
    public required InitBaselineCounts BaselineCounts { get; init; }

    /// <summary>How many accounts ended in each stage on the product side ("none" for accounts left without one).</summary>
    public required IReadOnlyDictionary<string, int> ProductStages { get; init; }

    /// <summary>The process's peak working set when the product side had finished, before the baseline's copy was loaded.</summary>
    public long ProductPhasePeakWorkingSetBytes { get; init; }

    /// <summary>The process's peak working set over the whole command.</summary>
    public long CommandPeakWorkingSetBytes { get; init; }

    /// <summary>The first account whose stage differs, in one sentence; null when every stage is equal.</summary>
    public string? FirstDifference { get; init; }

    /// <summary>Baseline requests per product request.</summary>
    public double Ratio => Product.Requests == 0 ? double.PositiveInfinity : (double)Baseline.Requests / Product.Requests;

    /// <summary>The stage counts of <paramref name="stages"/>, in journey order, then "none".</summary>
    public static IReadOnlyDictionary<string, int> CountStages(IEnumerable<AccountStage> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var list = stages.ToList();
        var counts = Enum.GetValues<JourneyStage>().ToDictionary(s => s.ToString(), s => list.Count(a => a.Stage == s));
        counts["none"] = list.Count(a => a.Stage is null);
        return counts;
    }

    /// <summary>The result as JSON (invariant culture, times in seconds, memory in MB).</summary>
    public string ToJson() => Newtonsoft.Json.JsonConvert.SerializeObject(
        new
        {
            scenario = "init",
            accounts = Accounts,
            activities = Activities,
            rows = Rows,
            loadSeconds = Math.Round(LoadTime.TotalSeconds, 2),
            product = Side(Product),
            productCalls = ProductSummary.Calls,
            productAccountsInitialized = ProductSummary.AccountsInitialized,
            productEngagementsCreated = ProductSummary.EngagementsCreated,
            productTransitionsCreated = ProductSummary.TransitionsCreated,
            productReferralsCreated = ProductSummary.ReferralsCreated,
            productStages = ProductStages,
            productPhasePeakWorkingSetMB = Math.Round(ProductPhasePeakWorkingSetBytes / 1048576.0),
            commandPeakWorkingSetMB = Math.Round(CommandPeakWorkingSetBytes / 1048576.0),
            baseline = Side(Baseline),
            baselineListPages = BaselineCounts.ListPages,
            baselineAccountQueries = BaselineCounts.AccountQueries,
            baselineEngagementsCreated = BaselineCounts.EngagementsCreated,
            baselineAccountsUpdated = BaselineCounts.AccountsUpdated,
            baselineTransitionsCreated = BaselineCounts.TransitionsCreated,
            baselineOwnRequests = BaselineCounts.Total,
            ratio = Math.Round(Ratio, 1),
            sameStages = FirstDifference is null,
            firstDifference = FirstDifference,
        },
        Newtonsoft.Json.Formatting.Indented);

    private static object Side(BenchRunFigures figures) => new
    {
        requests = figures.Requests,
        systemJobsQueued = figures.SystemJobsQueued,
        wallSeconds = Math.Round(figures.Wall.TotalSeconds, 2),
        cpuSeconds = Math.Round(figures.Cpu.TotalSeconds, 2),
        heapBeforeMB = Math.Round(figures.HeapBeforeBytes / 1048576.0),
        peakHeapMB = Math.Round(figures.PeakHeapBytes / 1048576.0),
        runHeapMB = Math.Round(figures.RunHeapBytes / 1048576.0),
        liveHeapAfterMB = Math.Round(figures.HeapAfterBytes / 1048576.0),
    };
}
