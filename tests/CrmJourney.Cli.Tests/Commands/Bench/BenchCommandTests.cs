using System;
using System.IO;
using System.Linq;
using CrmJourney.Cli.Bench;
using CrmJourney.Cli.Commands;
using CrmJourney.Cli.Rules;
using CrmJourney.Domain.Journey;
using Newtonsoft.Json.Linq;
using Spectre.Console;

namespace CrmJourney.Cli.Tests.Commands.Bench;

public sealed class BenchCommandTests
{
    private const int Accounts = 2_000;

    [Fact]
    public void At_two_thousand_accounts_both_fire_the_same_tasks_and_each_side_costs_exactly_its_formula()
    {
        var run = CliRun.In(RepositoryRoot.Path, "bench", "--accounts", "2000", "--seed", "3", "--json");

        Assert.Equal(0, run.ExitCode);
        var json = JObject.Parse(run.Out);
        var tasks = (int)json["product"]!["tasks"]!;
        Assert.True(tasks > 0, "the dataset should make the default rules fire");
        Assert.Equal(tasks, (int)json["baseline"]!["tasks"]!);
        Assert.True((bool)json["sameTasks"]!);
        foreach (var rule in new[] { "Quiet clients", "Pigeonholed clients", "Advocate check-in", "Not-now revisit", "Weekly partner digest" })
        {
            Assert.True((int)json["productFiredByRule"]![rule]! > 0, $"the dataset should make \"{rule}\" fire on some accounts");
        }


        var dataset = new BenchDataset(new BenchDatasetOptions { Accounts = Accounts, Seed = 3 }, DefaultRules());
        var plans = dataset.Accounts().ToList();
        var boughtEngagements = plans.Sum(p => p.Engagements.Count);
        var asOf = dataset.Options.AsOf.Date;
        var dormant = plans.Count(p => p.Stage == JourneyStage.BetweenEngagements && p.ActiveEngagementCount == 0
            && (asOf - new[] { p.LastEngagementEndedOn!.Value, p.LastTouchpointOn ?? DateTime.MinValue }.Max().Date).Days > DormancyPolicy.DefaultHorizonDays);
        Assert.True(dormant > 0, "some between-engagements accounts should be dormant");
        Assert.Equal(dormant, (int)json["productTransitions"]!);

        // Baseline: list pages (catalogue 1 + bought (active or completed) engagements ⌈E/5,000⌉ + accounts ⌈N/5,000⌉) + one activity query per account + one Create per task.
        var baselinePages = 1 + Ceiling(boughtEngagements, 5_000) + Ceiling(Accounts, 5_000);
        Assert.Equal(baselinePages + Accounts + tasks, (int)json["baseline"]!["requests"]!);

        // Product, N ≤ 5,000 so one page: rules 1 + catalogue 1 + accounts without a stage 1 (one page of ids) + the service-line affinity once (bought engagements ⌈E/5,000⌉)
        //   + page reads (accounts 1 + the page's bought engagements ⌈E/5,000⌉ + users 1 + logs 1 + open tasks 1)
        //   + dormancy (UpdateMultiple + CreateMultiple of the transitions, 1,000 a request)
        //   + firings (logs CreateMultiple + tasks CreateMultiple + log→task links UpdateMultiple, 1,000 a request each)
        //   + digests, one per partner, not sent (prior digest logs 1 + logs CreateMultiple 1 + the cjp_OrgUrl environment variable 1
        //     + one email Create each + links UpdateMultiple 1).
        var partners = dataset.PartnerCount;
        Assert.Equal(partners, (int)json["productDigests"]!);
        var product = 3 + Ceiling(boughtEngagements, 5_000) + (3 + Ceiling(boughtEngagements, 5_000) + 1) + (2 * Ceiling(dormant, 1_000)) + (3 * Ceiling(tasks, 1_000)) + (1 + 1 + 1 + partners + 1);
        Assert.Equal(product, (int)json["product"]!["requests"]!);
    }

    [Fact]
    public void The_table_names_both_sides_and_says_they_fired_the_same_tasks()
    {
        var run = CliRun.In(RepositoryRoot.Path, "bench", "--accounts", "300");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Product sweep", run.Out, StringComparison.Ordinal);
        Assert.Contains("Per-account baseline", run.Out, StringComparison.Ordinal);
        Assert.Contains(run.OutLines, line => line.StartsWith("Both fired the same", StringComparison.Ordinal));
    }

    [Fact]
    public void With_the_dataverse_model_the_table_adds_modeled_time_and_the_service_protection_floor_for_both_sides()
    {
        var run = CliRun.In(RepositoryRoot.Path, "bench", "--accounts", "300", "--dataverse-model");

        Assert.Equal(0, run.ExitCode);
        foreach (var row in new[] { "System jobs queued", "Modeled Dataverse time", "of which waiting for service", "Modeled execution time", "Requests counted by service", "Service protection floor", "Longest sweep call" })
        {
            Assert.Contains(row, run.Out, StringComparison.Ordinal);
        }

        Assert.Contains(run.OutLines, line => line.StartsWith("Modeled: 50 ms a request, 0.2 ms a row read", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_model_the_table_still_counts_system_jobs_but_models_nothing()
    {
        var run = CliRun.In(RepositoryRoot.Path, "bench", "--accounts", "300");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("System jobs queued", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Modeled Dataverse time", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_that_evaluates_a_day_late_makes_the_bench_exit_1_naming_the_first_different_task()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(Console(output), Console(error), RepositoryRoot.Path);
        var broken = new BenchCommand((service, rules, asOf) => new PerAccountBaseline(service, rules, asOf.AddDays(1)).Run());

        var code = new CliApplication(context).Add(broken).Run(new[] { "bench", "--accounts", "500" });

        Assert.Equal(1, code);
        var message = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Matches("^The (sweep|baseline) fired \".+\" on account [0-9a-f-]{36} .* but the (baseline|sweep) did not", message);
        Assert.DoesNotContain("Both fired the same", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1000001")]
    public void Accounts_out_of_range_are_bad_input_with_one_sentence(string accounts)
    {
        var run = CliRun.In(RepositoryRoot.Path, "bench", "--accounts", accounts);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Equal($"--accounts {accounts} is out of range; give 1 to 1,000,000 accounts, e.g. --accounts 100000.", line);
    }

    [Fact]
    public void Accounts_that_are_not_a_number_are_bad_input()
    {
        var run = CliRun.In(RepositoryRoot.Path, "bench", "--accounts", "many");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("many", run.Error, StringComparison.Ordinal);
    }

    private static int Ceiling(int count, int size) => (count + size - 1) / size;

    private static Domain.Rules.NurtureRuleSet DefaultRules() =>
        RuleSetFile.Load(Path.Combine(RepositoryRoot.Path, "tools", "CrmJourney.Cli", RuleSetFile.DefaultFileName), RuleSetFile.DefaultFileName, _ => { });

    private static IAnsiConsole Console(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Out = new AnsiConsoleOutput(writer),
        Interactive = InteractionSupport.No,
    });
}
