using System;
using System.Collections.Generic;
using System.Diagnostics;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Time;
using CrmJourney.Hosting;
using CrmJourney.LocalOrg;
using CrmJourney.LocalOrg.Costs;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.Plugins.Sweep;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Cli.Bench;

/// <summary>
/// Runs one bench: loads the dataset into a product organization and runs the real sweep
/// (<see cref="NurtureSweep"/>, through the organization and its plugin steps, resumed until it
/// completes), then loads an identical second copy and runs the baseline on it, and compares the tasks
/// each left behind. The copies run one after the other, the first released before the second loads,
/// so their memory figures do not overlap.
/// </summary>
public sealed class BenchRunner
{
    private readonly Func<IOrganizationService, NurtureRuleSet, DateTime, BaselineCounts> _baseline;
    private readonly DataverseCostModel? _model;

    /// <summary>
    /// A runner with the standard <see cref="PerAccountBaseline"/>, or <paramref name="baseline"/> (tests give a broken one);
    /// with <paramref name="model"/>, both copies keep modeled Dataverse time and the sweep spends its budget in it.
    /// </summary>
    public BenchRunner(Func<IOrganizationService, NurtureRuleSet, DateTime, BaselineCounts>? baseline = null, DataverseCostModel? model = null)
    {
        _baseline = baseline ?? ((service, rules, asOf) => new PerAccountBaseline(service, rules, asOf).Run());
        _model = model;
    }

    /// <summary>
    /// The product organization as it ships, as of <paramref name="asOf"/>: the copy the sweep runs on. Without
    /// <paramref name="keepActivityPointer"/> it keeps no activitypointer mirror: the sweep never reads one, and the
    /// mirror is a second copy of a million activities (the initialization's copy keeps it).
    /// </summary>
    public static LocalOrganization NewProductOrganization(DateTime asOf, DataverseCostModel? model = null, bool keepActivityPointer = false) =>
        ProductOrganization.CreateBuilder(Options(asOf, model) with { KeepActivityPointer = keepActivityPointer }).Build();

    /// <summary>
    /// The same organization plus Dataverse's activitypointer, which the baseline's one query per account
    /// reads. In Dataverse that table is where every activity lives; LocalOrg keeps it as a mirror of the
    /// typed activity tables (a second copy of each activity's columns), so only the copy that queries it
    /// pays for it.
    /// </summary>
    public static LocalOrganization NewBaselineOrganization(DateTime asOf, DataverseCostModel? model = null) =>
        ProductOrganization.CreateBuilder(Options(asOf, model)).AddTable(StandardTables.ActivityPointer).Build();

    /// <summary>Builds, runs and compares; see the class summary.</summary>
    public BenchResult Run(BenchDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var product = RunProduct(dataset);
        var productPhasePeak = ProcessPeakWorkingSet();
        var baseline = RunBaseline(dataset);
        return new BenchResult
        {
            Accounts = dataset.Options.Accounts,
            Rows = product.Rows,
            LoadTime = product.LoadTime,
            Product = product.Figures,
            ProductSummary = product.Summary,
            ProductCalls = product.Calls,
            ProductPhasePeakWorkingSetBytes = productPhasePeak,
            Baseline = baseline.Figures,
            CommandPeakWorkingSetBytes = ProcessPeakWorkingSet(),
            BaselineCounts = baseline.Counts,
            FirstDifference = FirstDifference(product.Figures.Tasks, baseline.Figures.Tasks),
        };
    }

    /// <summary>The first task one side fired and the other did not, in one sentence; null when the sets are equal.</summary>
    public static string? FirstDifference(IReadOnlyList<FiredTask> product, IReadOnlyList<FiredTask> baseline)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(baseline);
        var p = 0;
        var b = 0;
        while (p < product.Count || b < baseline.Count)
        {
            var order = p == product.Count ? 1 : b == baseline.Count ? -1 : product[p].CompareTo(baseline[b]);
            if (order < 0)
            {
                return $"The sweep fired {product[p]} but the baseline did not ({product.Count} tasks against {baseline.Count}).";
            }

            if (order > 0)
            {
                return $"The baseline fired {baseline[b]} but the sweep did not ({product.Count} tasks against {baseline.Count}).";
            }

            p++;
            b++;
        }

        return null;
    }

    private (BenchRunFigures Figures, NurtureSweepSummary Summary, int Calls, int Rows, TimeSpan LoadTime) RunProduct(BenchDataset dataset)
    {
        var watch = Stopwatch.StartNew();
        var organization = Load(NewProductOrganization(dataset.Options.AsOf, _model), dataset, out var rows);
        var loadTime = watch.Elapsed;
        NurtureSweepSummary? summary = null;
        var calls = 0;
        var longestCall = TimeSpan.Zero;
        var figures = Measure(organization, () =>
        {
            // Under the model the sweep measures its budget in modeled time, as its custom API does in LocalOrg; without
            // it no time passes, so the request count does not depend on this machine's load.
            var modeled = organization.ModeledClock;
            ISweepStopwatch stopwatch = modeled is null ? new UnmeteredSweepStopwatch() : new ModeledSweepStopwatch(modeled, LocalOrganization.DefaultUserId);
            var sweep = new NurtureSweep(organization, new FixedClock(dataset.Options.AsOf), _ => { }, NurtureSweepOptions.Default with { WriteActivityParties = false }, stopwatch);
            string? token = null;
            do
            {
                var before = modeled?.Now(LocalOrganization.DefaultUserId) ?? TimeSpan.Zero;
                var result = sweep.Run(token);
                calls++;
                var took = (modeled?.Now(LocalOrganization.DefaultUserId) ?? TimeSpan.Zero) - before;
                longestCall = took > longestCall ? took : longestCall;
                token = result.ContinuationToken;
                summary = result.Summary;
            }
            while (token is not null);
        });
        return (figures.Modeled is { } modeled ? figures with { Modeled = modeled with { LongestCall = longestCall } } : figures, summary!, calls, rows, loadTime);
    }

    private (BenchRunFigures Figures, BaselineCounts Counts) RunBaseline(BenchDataset dataset)
    {
        var organization = Load(NewBaselineOrganization(dataset.Options.AsOf, _model), dataset, out _);
        BaselineCounts? counts = null;
        var figures = Measure(organization, () => counts = _baseline(organization, dataset.Rules, dataset.Options.AsOf));
        return (figures, counts!);
    }

    // The process's peak resident memory so far (Linux: VmHWM), everything the process ever held at once.
    internal static long ProcessPeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private static ProductOrganizationOptions Options(DateTime asOf, DataverseCostModel? model) => new() { Clock = new FixedClock(asOf), AutoDrainAsync = true, CostModel = model };

    private static LocalOrganization Load(LocalOrganization organization, BenchDataset dataset, out int rows) => Load(organization, dataset.Rows(), out rows);

    /// <summary>Imports <paramref name="source"/> into <paramref name="organization"/> (no plugins run) and counts the rows.</summary>
    internal static LocalOrganization Load(LocalOrganization organization, IEnumerable<Entity> source, out int rows)
    {
        var counted = 0;
        organization.Import(Counted(source, () => counted++));
        rows = counted;
        return organization;
    }

    private static IEnumerable<Entity> Counted(IEnumerable<Entity> rows, Action count)
    {
        foreach (var row in rows)
        {
            count();
            yield return row;
        }
    }

    /// <summary>Runs <paramref name="run"/> on <paramref name="organization"/> and measures it: requests, wall and CPU time, managed heap.</summary>
    internal static BenchRunFigures Measure(LocalOrganization organization, Action run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        organization.Counters.Reset();
        organization.ModeledClock?.Reset();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var sampler = PeakMemorySampler.Start();
        var watch = Stopwatch.StartNew();
        run();
        var wall = watch.Elapsed;
        var peak = sampler.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var requests = organization.Counters.Total;
        var modeled = Modeled(organization);
        var after = GC.GetTotalMemory(true);
        var tasks = NurtureTaskReader.Read(organization);
        return new BenchRunFigures(requests, wall, cpu, before, peak, after, tasks) { SystemJobsQueued = organization.Counters.SystemJobsQueued, Modeled = modeled };
    }

    /// <summary>The run's modeled figures, read before the bench's own reads (the task list) add to them.</summary>
    private static ModeledRunFigures? Modeled(LocalOrganization organization)
    {
        if (organization.ModeledClock is not { } clock)
        {
            return null;
        }

        var time = clock.For(LocalOrganization.DefaultUserId);
        return new ModeledRunFigures(time, organization.CostModel!.Limits.Floor(time.Requests, time.ExecutionTime), TimeSpan.Zero);
    }
}
