using System;
using System.IO;
using System.Linq;
using CrmJourney.Cli.Bench;
using CrmJourney.Cli.Rules;
using CrmJourney.LocalOrg.Costs;
using CrmJourney.Plugins.Sweep;

namespace CrmJourney.Cli.Tests.Commands.Bench;

/// <summary>
/// <c>cjp bench --dataverse-model</c>'s figures on a model whose arithmetic is done by hand: one second a
/// request and nothing else, so each side's modeled time is its request count in seconds.
/// </summary>
public sealed class ModeledBenchTests
{
    private const int Accounts = 2_000;

    private static readonly DataverseCostModel _secondARequest = new()
    {
        PerRequest = TimeSpan.FromSeconds(1),
        PerRowRead = TimeSpan.Zero,
        PerRowWritten = TimeSpan.Zero,
        PerRowWrittenInBulk = TimeSpan.Zero,
        PerSyncPluginStep = TimeSpan.Zero,
    };

    [Fact]
    public void At_one_second_a_request_the_baseline_takes_its_request_formula_in_seconds_and_the_limits_hold_it_back_by_execution_time()
    {
        var dataset = new BenchDataset(new BenchDatasetOptions { Accounts = Accounts, Seed = 3 }, RuleSetFile.Load(Path.Combine(RepositoryRoot.Path, "tools", "CrmJourney.Cli", RuleSetFile.DefaultFileName), "rules", _ => { }));

        var result = new BenchRunner(model: _secondARequest).Run(dataset);

        // The baseline's requests, all sent from outside, one after another: list pages (catalogue 1 + bought (active
        // or completed) engagements ⌈E/5,000⌉ + accounts ⌈N/5,000⌉) + one activity query per account + one Create per task.
        var boughtEngagements = dataset.Accounts().Sum(p => p.Engagements.Count);
        var requests = 1 + ((boughtEngagements + 4_999) / 5_000) + ((Accounts + 4_999) / 5_000) + Accounts + result.Baseline.Tasks.Count;
        var seconds = TimeSpan.FromSeconds(requests);
        var baseline = result.Baseline.Modeled!;
        Assert.Equal(new ModeledUserTime(seconds, seconds, requests, TimeSpan.Zero), baseline.Time);

        // Under 6,000 requests: no floor from the request limit. Execution: 20 min (1,200 s) a 5-minute window, the
        // first at once, so 300 s × (⌈requests / 1,200⌉ − 1); concurrency: the seconds spread over 52 requests.
        Assert.InRange(requests, 1_201, 5_999);
        var byExecution = TimeSpan.FromSeconds(300 * (((requests + 1_199) / 1_200) - 1));
        Assert.Equal(new ServiceProtectionFloor(TimeSpan.Zero, byExecution, TimeSpan.FromTicks(seconds.Ticks / 52)), baseline.Floor);
        Assert.Equal("execution time", baseline.Floor.BindingLimit);

        // The sweep, a client here: never throttled, no call over its budget, the same tasks.
        var product = result.Product.Modeled!;
        Assert.Equal(TimeSpan.Zero, product.Time.ThrottleWait);
        Assert.InRange(product.LongestCall, TimeSpan.FromSeconds(1), NurtureSweepOptions.Default.TimeBudget);
        Assert.Null(result.FirstDifference);
    }

    [Fact]
    public void Without_the_model_the_bench_keeps_no_modeled_figures_but_counts_system_jobs()
    {
        var dataset = new BenchDataset(new BenchDatasetOptions { Accounts = 200, Seed = 3 }, RuleSetFile.Load(Path.Combine(RepositoryRoot.Path, "tools", "CrmJourney.Cli", RuleSetFile.DefaultFileName), "rules", _ => { }));

        var result = new BenchRunner().Run(dataset);

        Assert.Null(result.Product.Modeled);
        Assert.Null(result.Baseline.Modeled);
        Assert.Contains("\"systemJobsQueued\"", result.ToJson(), StringComparison.Ordinal);
    }
}
