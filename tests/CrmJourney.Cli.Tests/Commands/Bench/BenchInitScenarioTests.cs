using System;
using System.IO;
using System.Linq;
using CrmJourney.Cli.Bench;
using CrmJourney.Cli.Commands;
using CrmJourney.Domain.Journey;
using Newtonsoft.Json.Linq;
using Spectre.Console;

namespace CrmJourney.Cli.Tests.Commands.Bench;

public sealed class BenchInitScenarioTests
{
    [Fact]
    public void At_three_hundred_accounts_both_sides_leave_every_account_in_the_stage_its_history_gives_and_the_product_sends_far_fewer_requests()
    {
        var run = CliRun.In(RepositoryRoot.Path, "bench", "--scenario", "init", "--accounts", "300", "--seed", "3", "--json");

        Assert.Equal(0, run.ExitCode);
        var json = JObject.Parse(run.Out);
        Assert.True((bool)json["sameStages"]!);
        var plans = new InitBenchDataset(new BenchDatasetOptions { Accounts = 300, Seed = 3 }).Accounts().ToList();
        var asOf = BenchDatasetOptions.Default.AsOf;
        foreach (var stage in Enum.GetValues<JourneyStage>())
        {
            var expected = plans.Count(p => InitBenchDatasetTests.ExpectedStage(p, asOf) == stage);
            Assert.True(expected > 0, $"the dataset should put some accounts in {stage}");
            Assert.Equal(expected, (int)json["productStages"]![stage.ToString()]!);
        }

        Assert.Equal(0, (int)json["productStages"]!["none"]!);
        Assert.Equal(300, (int)json["productAccountsInitialized"]!);
        Assert.Equal(300, (int)json["productTransitionsCreated"]!);
        var wonDeals = plans.Sum(p => p.Opportunities.Count(o => o.State == InitOpportunityState.Won));
        Assert.Equal(wonDeals, (int)json["productEngagementsCreated"]!);
        Assert.Equal(wonDeals, (int)json["baselineEngagementsCreated"]!);

        // The baseline's own requests: leads 1 page + accounts 1 page + 4 queries per account + one create per won deal
        // + one update and one transition per account; the engagement step adds its own on top.
        Assert.Equal(2 + (4 * 300) + wonDeals + 300 + 300, (int)json["baselineOwnRequests"]!);
        Assert.True((int)json["baseline"]!["requests"]! > (int)json["baselineOwnRequests"]!);
        Assert.True((double)json["ratio"]! > 50, "one page of 300 accounts should cost the product a few dozen requests against thousands");
    }

    [Fact]
    public void The_table_names_both_sides_and_says_every_account_ended_in_the_same_stage()
    {
        var run = CliRun.In(RepositoryRoot.Path, "bench", "--scenario", "init", "--accounts", "200");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Product initialization", run.Out, StringComparison.Ordinal);
        Assert.Contains("Per-account baseline", run.Out, StringComparison.Ordinal);
        Assert.Contains(run.OutLines, line => line == "Both left every one of the 200 accounts in the same stage.");
        Assert.DoesNotContain("Product sweep", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_that_assumes_thirty_day_engagements_makes_the_bench_exit_1_naming_the_first_account_whose_stage_differs()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(Console(output), Console(error), RepositoryRoot.Path);
        var broken = new BenchCommand(initBaseline: (service, policy, asOf) => new PerAccountInitialization(service, policy with { EngagementLengthDays = 30 }, asOf).Run());

        var code = new CliApplication(context).Add(broken).Run(new[] { "bench", "--scenario", "init", "--accounts", "400" });

        Assert.Equal(1, code);
        var message = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Matches(@"^Account [0-9a-f-]{36} is (Active client|Between engagements) after the initialization but (Between engagements|Former client) after the baseline \([0-9,]+ of 400 accounts differ\)\.$", message);
        Assert.DoesNotContain("Both left every one", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nightly")]
    [InlineData("INIT")]
    public void An_unknown_scenario_is_bad_input_with_one_sentence(string scenario)
    {
        var run = CliRun.In(RepositoryRoot.Path, "bench", "--scenario", scenario, "--accounts", "10");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"--scenario {scenario} is not a bench scenario; give sweep or init, e.g. --scenario init.", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void The_dataverse_model_with_the_init_scenario_is_bad_input()
    {
        var run = CliRun.In(RepositoryRoot.Path, "bench", "--scenario", "init", "--accounts", "10", "--dataverse-model");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("--dataverse-model models the sweep scenario only; drop it to run --scenario init.", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Without_a_scenario_the_bench_runs_the_sweep()
    {
        var run = CliRun.In(RepositoryRoot.Path, "bench", "--accounts", "100");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Product sweep", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Product initialization", run.Out, StringComparison.Ordinal);
    }

    private static IAnsiConsole Console(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Out = new AnsiConsoleOutput(writer),
        Interactive = InteractionSupport.No,
    });
}
