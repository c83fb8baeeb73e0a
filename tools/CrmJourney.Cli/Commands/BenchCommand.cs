using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using CrmJourney.Cli.Bench;
using CrmJourney.Cli.Rules;
using CrmJourney.Domain.Initialization;
using CrmJourney.Domain.Rules;
using CrmJourney.LocalOrg.Costs;
using Microsoft.Xrm.Sdk;
using Spectre.Console;

namespace CrmJourney.Cli.Commands;

/// <summary>
/// <c>cjp bench [--scenario sweep|init] [--accounts N] [--seed S] [--json] [--dataverse-model]</c>: builds the bench
/// dataset twice, runs the product's nurture sweep on one copy and the per-account baseline (a scheduled flow's
/// request pattern) on the other, prints one table of requests, system jobs, time and memory (with the model, also
/// modeled Dataverse time and the service protection floor), and exits 1 when the two fired different tasks. With
/// <c>--scenario init</c> it does the same for the initialization from history (<see cref="InitBenchRunner"/>) and
/// exits 1 when an account's stage differs.
/// </summary>
public sealed class BenchCommand : ICliCommand
{
    private const string SweepScenario = "sweep";
    private const string InitScenario = "init";

    private readonly Func<IOrganizationService, NurtureRuleSet, DateTime, BaselineCounts>? _baseline;
    private readonly Func<IOrganizationService, InitializationPolicy, DateTime, InitBaselineCounts>? _initBaseline;

    /// <summary>
    /// The command with the standard baselines, or with <paramref name="baseline"/> (the sweep's) or
    /// <paramref name="initBaseline"/> (the initialization's) in their place (tests check the comparisons with broken ones).
    /// </summary>
    public BenchCommand(
        Func<IOrganizationService, NurtureRuleSet, DateTime, BaselineCounts>? baseline = null,
        Func<IOrganizationService, InitializationPolicy, DateTime, InitBaselineCounts>? initBaseline = null)
    {
        _baseline = baseline;
        _initBaseline = initBaseline;
    }

    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var accounts = new Option<int>("--accounts") { Description = "How many accounts (about ten completed activities each); 1 to 1,000,000.", DefaultValueFactory = _ => BenchDatasetOptions.DefaultAccounts };
        var seed = new Option<int>("--seed") { Description = "The dataset's seed; the same seed gives the same rows.", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON instead of a table." };
        var scenario = new Option<string>("--scenario") { Description = "sweep (the default): the nurture sweep against a scheduled flow; init: the initialization from history against a per-account initialization.", DefaultValueFactory = _ => SweepScenario };
        var model = new Option<bool>("--dataverse-model") { Description = "Also model each side's time in Dataverse (LocalOrg's default cost model) and how long the service protection limits alone would hold it back; the sweep then spends its time budget in modeled time." };
        var command = new Command(
            "bench",
            """
            Measure the nurture sweep against the per-account baseline (what a scheduled Power Automate flow
            does: list the accounts, query each one's activities, create each task). Builds N accounts with
            about ten completed activities each, engagements, partners and the default rules, runs the real
            sweep through the product organization on one copy and the baseline on an identical copy, and
            prints requests, wall and CPU time and peak managed heap of each. Exits 1 if they fired different
            tasks. Build with -c Release for figures worth quoting.

            --scenario init measures the initialization from history instead: N accounts
            as they are right after the solution is imported (no journey columns), with
            contacts, won/lost/open opportunities, about ten completed activities each
            and referred leads; the product's initialization on one copy, a per-account
            initialization (query each account's contacts, opportunities, activities and
            activity parties, then write one request at a time) on the other. Exits 1 if
            an account's stage differs.

            Examples:
              cjp bench
              cjp bench --accounts 10000 --seed 7
              cjp bench --dataverse-model
              cjp bench --scenario init --accounts 10000
              dotnet run -c Release --project tools/CrmJourney.Cli -- bench --accounts 100000 --json
            """);
        foreach (var option in new Option[] { scenario, accounts, seed, json, model })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var count = parseResult.GetValue(accounts);
            if (count is < 1 or > BenchDatasetOptions.MaxAccounts)
            {
                throw CliFailure.BadInput(string.Create(CultureInfo.InvariantCulture, $"--accounts {count} is out of range; give 1 to {BenchDatasetOptions.MaxAccounts:N0} accounts, e.g. --accounts 100000."));
            }

            var chosen = parseResult.GetValue(scenario);
            if (chosen is not (SweepScenario or InitScenario))
            {
                throw CliFailure.BadInput($"--scenario {chosen} is not a bench scenario; give sweep or init, e.g. --scenario init.");
            }

            if (chosen == InitScenario)
            {
                if (parseResult.GetValue(model))
                {
                    throw CliFailure.BadInput("--dataverse-model models the sweep scenario only; drop it to run --scenario init.");
                }

                var init = new InitBenchRunner(_initBaseline).Run(new InitBenchDataset(new BenchDatasetOptions { Accounts = count, Seed = parseResult.GetValue(seed) }));
                if (parseResult.GetValue(json))
                {
                    context.Out.Line(init.ToJson());
                }
                else
                {
                    InitBenchTable.Print(context.Out, init);
                }

                return init.FirstDifference is { } different ? throw CliFailure.Failed(different) : ExitCodes.Success;
            }

            var rules = RuleSetFile.Load(RuleSetFile.DefaultPath, RuleSetFile.DefaultFileName, context.Error.Line);
            var dataset = new BenchDataset(new BenchDatasetOptions { Accounts = count, Seed = parseResult.GetValue(seed) }, rules);
            var result = new BenchRunner(_baseline, parseResult.GetValue(model) ? DataverseCostModel.Default : null).Run(dataset);
            if (parseResult.GetValue(json))
            {
                context.Out.Line(result.ToJson());
            }
            else
            {
                Print(context.Out, result);
            }

            if (result.FirstDifference is { } difference)
            {
                throw CliFailure.Failed(difference);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, BenchResult result)
    {
        string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
        string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
        var table = new Table()
            .Title(string.Create(CultureInfo.InvariantCulture, $"cjp bench: {result.Accounts:N0} accounts, {result.Rows:N0} rows per copy (loaded in {result.LoadTime.TotalSeconds:0.0} s)"))
            .AddColumn("Measure")
            .AddColumn(new TableColumn("Product sweep").RightAligned())
            .AddColumn(new TableColumn("Per-account baseline").RightAligned());
        table.AddRow("Accounts", N(result.Accounts), N(result.Accounts));
        table.AddRow("Requests", N(result.Product.Requests), N(result.Baseline.Requests));
        table.AddRow("Ratio (baseline ÷ product)", result.Ratio.ToString("0.0", CultureInfo.InvariantCulture) + "×", string.Empty);
        table.AddRow("Requests per 10,000 accounts", result.ProductRequestsPer10K.ToString("0.0", CultureInfo.InvariantCulture), (result.Baseline.Requests * 10_000.0 / result.Accounts).ToString("0", CultureInfo.InvariantCulture));
        table.AddRow("Tasks fired", N(result.Product.Tasks.Count), N(result.Baseline.Tasks.Count));
        table.AddRow("System jobs queued", N(result.Product.SystemJobsQueued), N(result.Baseline.SystemJobsQueued));
        if (result.Product.Modeled is { } product && result.Baseline.Modeled is { } baseline)
        {
            table.AddRow("Modeled Dataverse time (one request after another)", Duration(product.Time.Elapsed), Duration(baseline.Time.Elapsed));
            table.AddRow("  of which waiting for service protection", Duration(product.Time.ThrottleWait), Duration(baseline.Time.ThrottleWait));
            table.AddRow("Modeled execution time", Duration(product.Time.ExecutionTime), Duration(baseline.Time.ExecutionTime));
            table.AddRow("Requests counted by service protection", N(product.Time.Requests), N(baseline.Time.Requests));
            table.AddRow("Service protection floor (however parallel)", Floor(product.Floor), Floor(baseline.Floor));
            table.AddRow("Longest sweep call (budget 90 s)", Duration(product.LongestCall), string.Empty);
        }

        table.AddRow("Wall time", Seconds(result.Product.Wall), Seconds(result.Baseline.Wall));
        table.AddRow("CPU time (all threads)", Seconds(result.Product.Cpu), Seconds(result.Baseline.Cpu));
        table.AddRow("Loaded data (managed heap before the run)", BenchResult.Megabytes(result.Product.HeapBeforeBytes), BenchResult.Megabytes(result.Baseline.HeapBeforeBytes));
        table.AddRow("Peak managed heap (data + run)", BenchResult.Megabytes(result.Product.PeakHeapBytes), BenchResult.Megabytes(result.Baseline.PeakHeapBytes));
        table.AddRow("Of which the run (peak − loaded data)", BenchResult.Megabytes(result.Product.RunHeapBytes), BenchResult.Megabytes(result.Baseline.RunHeapBytes));
        table.AddRow("Live heap after the run (full GC)", BenchResult.Megabytes(result.Product.HeapAfterBytes), BenchResult.Megabytes(result.Baseline.HeapAfterBytes));
        console.Write(table);
        var summary = result.ProductSummary;
        var counts = result.BaselineCounts;
        console.Line(string.Create(CultureInfo.InvariantCulture, $"Sweep: {result.ProductCalls} call(s), {summary.EvaluatedAccounts:N0} accounts evaluated, {summary.TasksCreated:N0} tasks, {summary.Transitions:N0} moved to former client, {summary.DigestsCreated:N0} digests."));
        console.Line("Fired per rule: " + string.Join(", ", summary.Rules.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Name} {r.Fired:N0}"))) + string.Create(CultureInfo.InvariantCulture, $"; rule evaluations skipped for detractors: {summary.SkippedDetractors:N0}."));
        console.Line(string.Create(CultureInfo.InvariantCulture, $"Baseline: {counts.ListPages:N0} list pages + {counts.ActivityQueries:N0} activity queries (one per account) + {counts.TasksCreated:N0} task creates = {counts.Total:N0}."));
        console.Line("Memory: the managed heap (GC.GetTotalMemory) sampled every 5 ms during each run, garbage not yet collected included; the loaded data is LocalOrg's storage, which Dataverse keeps server-side (the baseline's copy also keeps LocalOrg's activitypointer mirror, which only it queries); each copy is loaded after the previous one is released.");
        console.Line(string.Create(CultureInfo.InvariantCulture, $"Process peak working set: {BenchResult.Megabytes(result.ProductPhasePeakWorkingSetBytes)} up to the end of the sweep (its copy loaded and swept), {BenchResult.Megabytes(result.CommandPeakWorkingSetBytes)} over the whole command (the baseline's copy is larger: it keeps the activitypointer mirror)."));
        if (result.Product.Modeled is not null)
        {
            var model = DataverseCostModel.Default;
            console.Line(string.Create(CultureInfo.InvariantCulture, $"Modeled: {model.PerRequest.TotalMilliseconds:0.#} ms a request, {model.PerRowRead.TotalMilliseconds:0.###} ms a row read, {model.PerRowWritten.TotalMilliseconds:0.#} ms a row by Create/Update, {model.PerRowWrittenInBulk.TotalMilliseconds:0.#} ms a row by CreateMultiple/UpdateMultiple, {model.PerSyncPluginStep.TotalMilliseconds:0.#} ms a synchronous step; asynchronous jobs are not charged. Limits per user per {model.Limits.Window.TotalMinutes:0} min: {model.Limits.Requests:N0} requests, {model.Limits.ExecutionTime.TotalMinutes:0} min of execution, {model.Limits.ConcurrentRequests} concurrent. The sweep runs here as a client, so all its requests count toward the request limit; as the custom API only its calls would."));
        }

        console.Line(string.Create(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}."));
        if (result.FirstDifference is null)
        {
            console.Success(string.Create(CultureInfo.InvariantCulture, $"Both fired the same {result.Product.Tasks.Count:N0} tasks (regarding account, rule and subject, owner, due date)."));
        }
    }

    /// <summary>A modeled duration: seconds below two minutes (so a call compares with its 90 s budget), then minutes, then hours and minutes.</summary>
    internal static string Duration(TimeSpan time) =>
        time < TimeSpan.FromMinutes(2) ? time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"
        : time < TimeSpan.FromHours(1) ? time.TotalMinutes.ToString("0.0", CultureInfo.InvariantCulture) + " min"
        : string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours} h {time.Minutes:00} min");

    private static string Floor(ServiceProtectionFloor floor) =>
        floor.Longest == TimeSpan.Zero ? "0 (within every limit)" : Duration(floor.Longest) + " (" + floor.BindingLimit + ")";

    /// <summary>The 1-, 5- and 15-minute load averages, or "unknown".</summary>
    internal static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
