using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CrmJourney.Cli.Bench;
using CrmJourney.Cli.Rules;
using CrmJourney.Domain.Rules;
using CrmJourney.LocalOrg;
using CrmJourney.LocalOrg.Costs;
using CrmJourney.Plugins.Sweep;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Cli.Tests.Commands.Bench;

/// <summary>
/// The sweep's custom API under LocalOrg's Dataverse cost model: its pages are planned from the time left,
/// so no call exceeds the 90 s budget in modeled time (the first page included), and the calls together
/// fire exactly what one unconstrained run fires.
/// </summary>
public sealed class ModeledSweepTests
{
    private const int Accounts = 3_000;

    [Fact]
    public void Under_the_model_a_five_thousand_account_page_would_overrun_the_budget_so_the_custom_api_runs_in_calls_each_within_it_firing_what_one_unconstrained_run_fires()
    {
        // The default rules without the partner digest: the custom API writes a digest email's activity parties,
        // which LocalOrg does not keep (the bench's own sweep, a client, leaves them out; ModeledBenchTests covers digests).
        var rules = RuleSetFile.Load(Path.Combine(RepositoryRoot.Path, "tools", "CrmJourney.Cli", RuleSetFile.DefaultFileName), "rules", _ => { });
        var dataset = new BenchDataset(new BenchDatasetOptions { Accounts = Accounts, Seed = 3 }, new NurtureRuleSet(rules.Rules.Where(r => r.Type != NurtureRuleType.PartnerDigest)));
        var model = DataverseCostModel.Default;

        // Why one 5,000-account page cannot fit: at this dataset's rate of firings (about one account in two
        // fires a task; each firing writes a log, a task and a link), its bulk writes alone take
        // 2,500 × 3 rows × 20 ms = 150 s, beyond the 90 s budget before a single read is counted.
        Assert.True(TimeSpan.FromTicks(model.PerRowWrittenInBulk.Ticks * 2_500 * 3) > NurtureSweepOptions.Default.TimeBudget);

        var unconstrained = BenchRunner.NewProductOrganization(dataset.Options.AsOf);
        dataset.LoadInto(unconstrained);
        var once = unconstrained.Execute(Sweep(null));
        Assert.True((bool)once[RunNurtureSweepApi.Outputs.Completed]!);

        var modeled = BenchRunner.NewProductOrganization(dataset.Options.AsOf, model);
        dataset.LoadInto(modeled);
        var clock = modeled.ModeledClock!;
        var calls = new List<TimeSpan>();
        string? token = null;
        do
        {
            var before = clock.Now(LocalOrganization.DefaultUserId);
            var response = modeled.Execute(Sweep(token));
            calls.Add(clock.Now(LocalOrganization.DefaultUserId) - before);
            token = (string)response[RunNurtureSweepApi.Outputs.ContinuationToken]!;
        }
        while (token.Length > 0);

        Assert.True(calls.Count >= 2, $"the sweep should need several calls; it took {calls.Count}");
        Assert.All(calls, took => Assert.True(took <= NurtureSweepOptions.Default.TimeBudget, $"a call took {took.TotalSeconds:0.0} s of modeled time"));
        var expected = NurtureTaskReader.Read(unconstrained);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, NurtureTaskReader.Read(modeled));
    }

    private static OrganizationRequest Sweep(string? token)
    {
        var request = new OrganizationRequest(RunNurtureSweepApi.UniqueName);
        if (token is not null)
        {
            request[RunNurtureSweepApi.Inputs.ContinuationToken] = token;
        }

        return request;
    }
}
