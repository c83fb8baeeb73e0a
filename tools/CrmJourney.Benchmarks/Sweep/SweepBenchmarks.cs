using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CrmJourney.Benchmarks.Infrastructure;
using CrmJourney.Cli.Bench;
using CrmJourney.Cli.Rules;
using CrmJourney.Domain.Time;
using CrmJourney.Hosting;
using CrmJourney.LocalOrg;
using CrmJourney.LocalOrg.Diagnostics;
using CrmJourney.Plugins.Sweep;

namespace CrmJourney.Benchmarks.Sweep;

/// <summary>
/// The nurture sweep (the real engine, through the product organization and its plugin steps, resumed
/// until it completes) over the bench dataset at 1,000 / 10,000 / 100,000 accounts with about ten
/// completed activities each. The sweep writes (tasks, logs, stage moves, digests), so every iteration
/// gets a fresh copy: [IterationSetup] imports the dataset again (not timed). Few iterations
/// (Monitoring): each one is a whole sweep. The Requests column shows the requests of one whole sweep
/// (every page, every resumption, the digests).
/// </summary>
[MemoryDiagnoser]
[RequestsColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class SweepBenchmarks : IRequestCounted
{
    private BenchDataset _dataset = null!;
    private LocalOrganization? _organization;

    /// <summary>Accounts in the dataset.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Accounts { get; set; }

    /// <inheritdoc />
    public RequestCounters Counters => _organization!.Counters;

    /// <summary>Plans the dataset once per size (rows are generated again for each copy).</summary>
    [GlobalSetup]
    public void PlanDataset()
    {
        var rules = RuleSetFile.Load(RuleSetFile.DefaultPath, RuleSetFile.DefaultFileName, Console.Error.WriteLine);
        _dataset = new BenchDataset(new BenchDatasetOptions { Accounts = Accounts }, rules);
    }

    /// <summary>A fresh copy of the data for the next sweep; the previous copy is released first.</summary>
    [IterationSetup]
    public void LoadFreshCopy()
    {
        _organization = null;
        GC.Collect();
        var organization = BenchRunner.NewProductOrganization(_dataset.Options.AsOf);
        _dataset.LoadInto(organization);
        organization.Counters.Reset();
        _organization = organization;
    }

    /// <summary>One whole sweep; returns the tasks it created.</summary>
    [Benchmark]
    public int Sweep()
    {
        var organization = _organization!;
        var sweep = new NurtureSweep(organization, new FixedClock(_dataset.Options.AsOf), _ => { }, NurtureSweepOptions.Default with { WriteActivityParties = false }, new UnmeteredSweepStopwatch());
        var result = sweep.Run();
        while (result.ContinuationToken is { } token)
        {
            result = sweep.Run(token);
        }

        return result.Summary.TasksCreated;
    }
}
