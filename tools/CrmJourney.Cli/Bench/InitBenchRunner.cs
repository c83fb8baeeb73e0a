using System;
using System.Diagnostics;
using System.Linq;
using CrmJourney.Domain.Initialization;
using CrmJourney.LocalOrg;
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
    /// A runner with the product initialization <paramref name="product"/> and the standard
    /// <see cref="PerAccountInitialization"/>, or <paramref name="baseline"/> (tests give a broken one).
    /// </summary>
    public InitBenchRunner(
        Func<LocalOrganization, DateTime, InitProductSummary> product,
        Func<IOrganizationService, InitializationPolicy, DateTime, InitBaselineCounts>? baseline = null)
    {
        _product = product ?? throw new ArgumentNullException(nameof(product));
        _baseline = baseline ?? ((service, policy, asOf) => new PerAccountInitialization(service, policy, asOf).Run());
    }

    /// <summary>The policy both sides derive under: the product's defaults.</summary>
    public static InitializationPolicy Policy => InitializationPolicy.Default;

    /// <summary>Builds, runs and compares; see the class summary.</summary>
    public InitBenchResult Run(InitBenchDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var asOf = dataset.Options.AsOf;
        var (product, productStages, summary, rows, loadTime) = RunProduct(dataset);
        var productPhasePeak = BenchRunner.ProcessPeakWorkingSet();
        var (baseline, baselineStages, counts) = RunBaseline(dataset);
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

        (BenchRunFigures, System.Collections.Generic.IReadOnlyList<AccountStage>, InitProductSummary, int, TimeSpan) RunProduct(InitBenchDataset data)
        {
            var watch = Stopwatch.StartNew();
            var organization = BenchRunner.Load(BenchRunner.NewProductOrganization(asOf), data.Rows(), out var loaded);
            var took = watch.Elapsed;
            InitProductSummary? ran = null;
            var figures = BenchRunner.Measure(organization, () => ran = _product(organization, asOf));
            return (figures, AccountStageReader.Read(organization), ran!, loaded, took);
        }

        (BenchRunFigures, System.Collections.Generic.IReadOnlyList<AccountStage>, InitBaselineCounts) RunBaseline(InitBenchDataset data)
        {
            var organization = BenchRunner.Load(BenchRunner.NewBaselineOrganization(asOf), data.Rows(), out _);
            InitBaselineCounts? ran = null;
            var figures = BenchRunner.Measure(organization, () => ran = _baseline(organization, Policy, asOf));
            return (figures, AccountStageReader.Read(organization), ran!);
        }
    }
}
