using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using CrmJourney.Domain.Initialization;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Time;
using CrmJourney.Hosting;
using CrmJourney.LocalOrg;
using CrmJourney.Plugins.Initialization;
using CrmJourney.Plugins.Opportunities;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Cli.Bench;

/// <summary>
/// Runs one initialization bench: loads the dataset into a product organization and runs the product
/// initialization on it (resumed until it completes), then loads an identical second copy (with Dataverse's
/// activitypointer, which the baseline queries) and runs the per-account initialization on it, and compares every
/// account's stage. The copies run one after the other, the first released before the second loads, as in
/// <see cref="BenchRunner"/>, whose measurement this reuses.
/// </summary>
public sealed class InitBenchRunner
{
    private readonly Func<LocalOrganization, DateTime, InitProductSummary> _product;
    private readonly Func<IOrganizationService, InitializationPolicy, DateTime, InitBaselineCounts> _baseline;

    /// <summary>
    /// A runner with the product's <see cref="JourneyInitialization"/> (or <paramref name="product"/>) and the standard
    /// <see cref="PerAccountInitialization"/> (or <paramref name="baseline"/>: tests give a broken one).
    /// </summary>
    public InitBenchRunner(
        Func<IOrganizationService, InitializationPolicy, DateTime, InitBaselineCounts>? baseline = null,
        Func<LocalOrganization, DateTime, InitProductSummary>? product = null)
    {
        _product = product ?? RunProduct;
        _baseline = baseline ?? ((service, policy, asOf) => new PerAccountInitialization(service, policy, asOf).Run());
    }

    /// <summary>
    /// The policy the baseline derives under: the one the product's initialization builds in an organization whose Lose
    /// step has no configuration of its own (default engagement length, no fallback service line, the Lose step's
    /// default mapping of lost status reasons).
    /// </summary>
    public static InitializationPolicy Policy
    {
        get
        {
            var lose = LoseOutcomeConfiguration.Parse(LoseOutcomeConfiguration.Default);
            return new InitializationPolicy
            {
                LostAs = lose.NotNowStatuses.Select(s => new KeyValuePair<int, ProspectOutcome>(s, ProspectOutcome.NotNow))
                    .Concat(lose.NoWayStatuses.Select(s => new KeyValuePair<int, ProspectOutcome>(s, ProspectOutcome.NoWay)))
                    .ToDictionary(p => p.Key, p => p.Value),
                RevisitAfterDays = lose.RevisitAfterDays,
            };
        }
    }

    /// <summary>
    /// The product's initialization through the organization (as a client, as the bench runs the sweep), resumed until it
    /// completes. No time passes for its budget (<see cref="UnmeteredSweepStopwatch"/>), so its pages, and so its request
    /// count, do not depend on how busy the machine is.
    /// </summary>
    public static InitProductSummary RunProduct(LocalOrganization organization, DateTime asOf)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var initialization = new JourneyInitialization(organization, new FixedClock(asOf), _ => { }, JourneyInitializationOptions.Default, new UnmeteredSweepStopwatch());
        string? token = null;
        var calls = 0;
        InitializationSummary summary;
        do
        {
            var result = initialization.Run(token);
            calls++;
            token = result.ContinuationToken;
            summary = result.Summary;
        }
        while (token is not null);
        return new InitProductSummary(calls, summary.AccountsInitialized, summary.EngagementsCreated, summary.TransitionsCreated, summary.ReferralsCreated);
    }

    /// <summary>Builds, runs and compares; see the class summary.</summary>
    public InitBenchResult Run(InitBenchDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var asOf = dataset.Options.AsOf;
        var (product, productStages, summary, rows, loadTime) = ProductSide(dataset);
        var productPhasePeak = BenchRunner.ProcessPeakWorkingSet();
        var (baseline, baselineStages, counts) = BaselineSide(dataset);
        return new InitBenchResult
        {
            Accounts = dataset.Options.Accounts,
            Activities = dataset.Accounts().Sum(a => a.Activities.Count),
            Rows = rows,
            LoadTime = loadTime,
            Product = product,
            ProductSummary = summary,
            ProductStages = InitBenchResult.CountStages(productStages),
            ProductPhasePeakWorkingSetBytes = productPhasePeak,
            Baseline = baseline,
            BaselineCounts = counts,
            CommandPeakWorkingSetBytes = BenchRunner.ProcessPeakWorkingSet(),
            FirstDifference = AccountStageReader.FirstDifference(productStages, baselineStages),
        };

        (BenchRunFigures, IReadOnlyList<AccountStage>, InitProductSummary, int, TimeSpan) ProductSide(InitBenchDataset data)
        {
            var watch = Stopwatch.StartNew();
            var organization = BenchRunner.Load(BenchRunner.NewProductOrganization(asOf, keepActivityPointer: true), data.Rows(), out var loaded);
            var took = watch.Elapsed;
            InitProductSummary? ran = null;
            var figures = BenchRunner.Measure(organization, () => ran = _product(organization, asOf));
            return (figures, AccountStageReader.Read(organization), ran!, loaded, took);
        }

        (BenchRunFigures, IReadOnlyList<AccountStage>, InitBaselineCounts) BaselineSide(InitBenchDataset data)
        {
            var organization = BenchRunner.Load(BenchRunner.NewBaselineOrganization(asOf), data.Rows(), out _);
            InitBaselineCounts? ran = null;
            var figures = BenchRunner.Measure(organization, () => ran = _baseline(organization, Policy, asOf));
            return (figures, AccountStageReader.Read(organization), ran!);
        }
    }
}
