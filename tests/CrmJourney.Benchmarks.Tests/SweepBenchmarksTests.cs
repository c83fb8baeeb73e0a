using CrmJourney.Benchmarks.Infrastructure;
using CrmJourney.Benchmarks.Sweep;
using CrmJourney.Cli.Bench;
using CrmJourney.Cli.Rules;

namespace CrmJourney.Benchmarks.Tests;

/// <summary>
/// The sweep suite's body runs once at 1,000 accounts (its smallest size): a whole sweep to completion on
/// a fresh copy, counted through the Requests column's own path, agrees with what cjp bench measures for
/// the product side of the same dataset.
/// </summary>
public sealed class SweepBenchmarksTests
{
    [Fact]
    public void One_sweep_fires_tasks_and_costs_the_requests_cjp_bench_measures_for_the_same_dataset()
    {
        var benchmark = new SweepBenchmarks { Accounts = 1_000 };

        var run = CountedRun.Execute(benchmark, nameof(SweepBenchmarks.Sweep));

        var rules = RuleSetFile.Load(RuleSetFile.DefaultPath, RuleSetFile.DefaultFileName, _ => { });
        var bench = new BenchRunner().Run(new BenchDataset(new BenchDatasetOptions { Accounts = 1_000 }, rules));
        Assert.True((int)run.Result! > 0);
        Assert.Equal(bench.Product.Tasks.Count, (int)run.Result!);
        Assert.Equal(bench.Product.Requests, run.Requests);
    }
}
