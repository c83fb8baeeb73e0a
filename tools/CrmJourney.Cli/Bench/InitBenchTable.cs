using System;
using System.Globalization;
using System.Linq;
using CrmJourney.Cli.Commands;
using Spectre.Console;

namespace CrmJourney.Cli.Bench;

/// <summary>Prints an <see cref="InitBenchResult"/> as <c>cjp bench --scenario init</c> shows it: one table like the sweep's, then the counts behind it.</summary>
public static class InitBenchTable
{
    /// <summary>Writes the table and its notes to <paramref name="console"/>.</summary>
    public static void Print(IAnsiConsole console, InitBenchResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
        static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
        var table = new Table()
            .Title(string.Create(CultureInfo.InvariantCulture, $"cjp bench --scenario init: {result.Accounts:N0} accounts, {result.Activities:N0} activities, {result.Rows:N0} rows per copy (loaded in {result.LoadTime.TotalSeconds:0.0} s)"))
            .AddColumn("Measure")
            .AddColumn(new TableColumn("Product initialization").RightAligned())
            .AddColumn(new TableColumn("Per-account baseline").RightAligned());
        var product = result.Product;
        var baseline = result.Baseline;
        table.AddRow("Accounts", N(result.Accounts), N(result.Accounts));
        table.AddRow("Requests", N(product.Requests), N(baseline.Requests));
        table.AddRow("Ratio (baseline ÷ product)", result.Ratio.ToString("0.0", CultureInfo.InvariantCulture) + "×", string.Empty);
        table.AddRow("Accounts initialized", N(result.ProductSummary.AccountsInitialized), N(result.BaselineCounts.AccountsUpdated));
        table.AddRow("Engagements created", N(result.ProductSummary.EngagementsCreated), N(result.BaselineCounts.EngagementsCreated));
        table.AddRow("System jobs queued", N(product.SystemJobsQueued), N(baseline.SystemJobsQueued));
        table.AddRow("Wall time", Seconds(product.Wall), Seconds(baseline.Wall));
        table.AddRow("CPU time (all threads)", Seconds(product.Cpu), Seconds(baseline.Cpu));
        table.AddRow("Loaded data (managed heap before the run)", BenchResult.Megabytes(product.HeapBeforeBytes), BenchResult.Megabytes(baseline.HeapBeforeBytes));
        table.AddRow("Peak managed heap (data + run)", BenchResult.Megabytes(product.PeakHeapBytes), BenchResult.Megabytes(baseline.PeakHeapBytes));
        table.AddRow("Of which the run (peak − loaded data)", BenchResult.Megabytes(product.RunHeapBytes), BenchResult.Megabytes(baseline.RunHeapBytes));
        table.AddRow("Live heap after the run (full GC)", BenchResult.Megabytes(product.HeapAfterBytes), BenchResult.Megabytes(baseline.HeapAfterBytes));
        console.Write(table);
        var summary = result.ProductSummary;
        var counts = result.BaselineCounts;
        console.Line(string.Create(CultureInfo.InvariantCulture, $"Initialization: {summary.Calls} call(s), {summary.AccountsInitialized:N0} accounts initialized, {summary.EngagementsCreated:N0} engagements, {summary.TransitionsCreated:N0} Imported transitions, {summary.ReferralsCreated:N0} referrals."));
        console.Line("Stages: " + string.Join(", ", result.ProductStages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value:N0}"))) + ".");
        console.Line(string.Create(CultureInfo.InvariantCulture, $"Baseline: {counts.ListPages:N0} list pages + {counts.AccountQueries:N0} account queries (contacts, opportunities, activities, parties: four per account) + {counts.EngagementsCreated:N0} engagement creates + {counts.AccountsUpdated:N0} account updates + {counts.TransitionsCreated:N0} transition creates = {counts.Total:N0} of its own; the engagement step its creates trigger sent the other {baseline.Requests - counts.Total:N0}."));
        console.Line("Memory: the managed heap (GC.GetTotalMemory) sampled every 5 ms during each run, garbage not yet collected included; the loaded data is LocalOrg's storage, which Dataverse keeps server-side; each copy is loaded after the previous one is released.");
        console.Line(string.Create(CultureInfo.InvariantCulture, $"Process peak working set: {BenchResult.Megabytes(result.ProductPhasePeakWorkingSetBytes)} up to the end of the initialization (its copy loaded and initialized), {BenchResult.Megabytes(result.CommandPeakWorkingSetBytes)} over the whole command."));
        console.Line(string.Create(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, load average {BenchCommand.LoadAverage()}."));
        if (result.FirstDifference is null)
        {
            console.Success(string.Create(CultureInfo.InvariantCulture, $"Both left every one of the {result.Accounts:N0} accounts in the same stage."));
        }
    }
}
