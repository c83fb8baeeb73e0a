using System;
using System.Linq;
using CrmJourney.Cli.Bench;
using CrmJourney.Domain.Initialization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Cli.Tests.Commands.Bench;

public sealed class PerAccountInitializationTests
{
    private const int Accounts = 300;

    [Fact]
    public void Every_account_gets_the_stage_its_history_gives_and_counts_each_activity_once_however_it_names_the_account()
    {
        var dataset = new InitBenchDataset(new BenchDatasetOptions { Accounts = Accounts, Seed = 4 });
        var org = BenchRunner.NewBaselineOrganization(dataset.Options.AsOf);
        dataset.LoadInto(org);

        new PerAccountInitialization(org, InitializationPolicy.Default, dataset.Options.AsOf).Run();

        foreach (var plan in dataset.Accounts())
        {
            var account = org.Retrieve("account", BenchDataset.AccountId(plan.Index), new ColumnSet("cjp_journeystage", "cjp_touchpointcount", "cjp_lasttouchpointon"));
            Assert.Equal(InitBenchDatasetTests.ExpectedStage(plan, dataset.Options.AsOf), Plugins.Schema.Choices.ToEnum<Domain.Journey.JourneyStage>(account.GetAttributeValue<OptionSetValue>("cjp_journeystage")));
            Assert.Equal(plan.Activities.Count, account.GetAttributeValue<int>("cjp_touchpointcount"));
            Assert.Equal(plan.Activities.Max(a => a.CompletedOn), account.GetAttributeValue<DateTime?>("cjp_lasttouchpointon"));
        }
    }

    [Fact]
    public void It_sends_four_queries_per_account_one_create_per_won_deal_and_one_update_and_one_transition_per_account()
    {
        var dataset = new InitBenchDataset(new BenchDatasetOptions { Accounts = Accounts, Seed = 4 });
        var org = BenchRunner.NewBaselineOrganization(dataset.Options.AsOf);
        dataset.LoadInto(org);
        var plans = dataset.Accounts().ToList();
        var wonDeals = plans.Sum(p => p.Opportunities.Count(o => o.State == InitOpportunityState.Won));
        org.Counters.Reset();

        var counts = new PerAccountInitialization(org, InitializationPolicy.Default, dataset.Options.AsOf).Run();

        // Pages: the referred leads (one page) and the accounts without a stage (one page under 5,000).
        Assert.Equal(new InitBaselineCounts(2, 4 * Accounts, wonDeals, Accounts, Accounts, 0), counts);
        foreach (var table in new[] { "contact", "opportunity", "activitypointer", "activityparty" })
        {
            Assert.Equal(Accounts, org.Counters.For("RetrieveMultiple", table));
        }

        // The account list, then the engagement step's one read per engagement created.
        Assert.Equal(1 + wonDeals, org.Counters.For("RetrieveMultiple", "account"));
        Assert.Equal(wonDeals, org.Counters.For("Create", "cjp_engagement"));
        Assert.Equal(wonDeals, org.Store.Table("cjp_engagement").Count);
        Assert.Equal(Accounts, ImportedTransitions(org));
        Assert.True(org.Counters.Total > counts.Total, "the engagement step's requests add to the baseline's own");
    }

    [Fact]
    public void A_second_run_finds_no_account_without_a_stage_and_writes_nothing()
    {
        var dataset = new InitBenchDataset(new BenchDatasetOptions { Accounts = 50, Seed = 4 });
        var org = BenchRunner.NewBaselineOrganization(dataset.Options.AsOf);
        dataset.LoadInto(org);
        new PerAccountInitialization(org, InitializationPolicy.Default, dataset.Options.AsOf).Run();
        var transitions = org.Store.Table("cjp_stagetransition").Count;

        var second = new PerAccountInitialization(org, InitializationPolicy.Default, dataset.Options.AsOf).Run();

        Assert.Equal(new InitBaselineCounts(2, 0, 0, 0, 0, 0), second);
        Assert.Equal(transitions, org.Store.Table("cjp_stagetransition").Count);
    }

    private static int ImportedTransitions(IOrganizationService org)
    {
        var query = new QueryExpression("cjp_stagetransition") { ColumnSet = new ColumnSet("cjp_trigger") };
        query.Criteria.AddCondition("cjp_trigger", ConditionOperator.Equal, Plugins.Schema.Choices.ToOptionSetValue(Domain.Journey.TransitionTrigger.Imported).Value);
        return org.RetrieveMultiple(query).Entities.Count;
    }
}
