using System;
using CrmJourney.Benchmarks.Infrastructure;
using CrmJourney.Benchmarks.PluginEvents;
using CrmJourney.Domain.Journey;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Benchmarks.Tests;

/// <summary>
/// Each plugin event benchmark run once through <see cref="CountedRun"/>: the request count the
/// "Requests" column shows (the same figure as the plugin tests' "costs N requests", or worked out
/// from the plugin where no such test exists) and the state the event must leave behind, so a
/// benchmark that silently stops doing its work fails here.
/// </summary>
public sealed class PluginEventBenchmarksTests
{
    private readonly PluginEventBenchmarks _benchmark = new();

    [Fact]
    public void A_touchpoint_costs_three_requests_after_the_save_and_moves_the_accounts_last_touchpoint()
    {
        var run = CountedRun.Execute(_benchmark, nameof(PluginEventBenchmarks.Touchpoint));

        // The save 1 + the Create step: 1 query (the call's reach) + 1 query (account + open nurture tasks) + 1 account update (budget 3).
        Assert.Equal(1 + 3, run.Requests);
        Assert.NotEqual(Guid.Empty, Assert.IsType<Guid>(run.Result));
        var account = ReadAccount("cjp_touchpointcount", "cjp_lasttouchpointon");
        Assert.Equal(1, account.GetAttributeValue<int>("cjp_touchpointcount"));
        Assert.Equal(ProductWorld.Now.AddDays(-1), account.GetAttributeValue<DateTime>("cjp_lasttouchpointon"));
    }

    [Fact]
    public void A_touchpoint_closing_a_quiet_task_costs_six_requests_after_the_save_and_closes_the_task()
    {
        var run = CountedRun.Execute(_benchmark, nameof(PluginEventBenchmarks.TouchpointClosingQuietTask));

        // The save 1 + the call's Create step: 2 queries + account update + task close = 4; the closed task's own job: 2 queries.
        Assert.Equal(1 + 4 + 2, run.Requests);
        Assert.Equal(1, run.Result);
        var task = Assert.Single(TasksRegarding(_benchmark.Account));
        Assert.Equal(1, task.GetAttributeValue<OptionSetValue>("statecode")?.Value);
    }

    [Fact]
    public void Starting_an_engagement_costs_four_requests_and_makes_the_prospect_an_active_client()
    {
        var run = CountedRun.Execute(_benchmark, nameof(PluginEventBenchmarks.EngagementStarted));

        // Create + 1 query (account with its engagements) + 1 account update + 1 transition (budget 6).
        Assert.Equal(4, run.Requests);
        Assert.NotEqual(Guid.Empty, Assert.IsType<Guid>(run.Result));
        Assert.Equal(JourneyStage.ActiveClient, StageOf(_benchmark.Account));
    }

    [Fact]
    public void Moving_an_engagement_costs_six_requests_and_recomputes_both_accounts()
    {
        var run = CountedRun.Execute(_benchmark, nameof(PluginEventBenchmarks.EngagementMovedBetweenAccounts));

        // Update + 1 query reading both accounts + 2 account updates + 2 transitions (budget 6).
        Assert.Equal(6, run.Requests);
        Assert.Equal(JourneyStage.Prospect, StageOf(_benchmark.Account));
        Assert.Equal(JourneyStage.ActiveClient, StageOf(_benchmark.OtherAccount));
    }

    [Fact]
    public void A_manual_stage_change_costs_two_requests_and_is_logged_once()
    {
        var run = CountedRun.Execute(_benchmark, nameof(PluginEventBenchmarks.ManualStageChange));

        // Update of the account (the guard stamps the target) + 1 transition (budget 2).
        Assert.Equal(2, run.Requests);
        Assert.Equal(JourneyStage.FormerClient, StageOf(_benchmark.Account));
        Assert.Single(Rows("cjp_stagetransition", "cjp_accountid", _benchmark.Account));
    }

    [Fact]
    public void A_referral_without_a_thank_you_rule_costs_five_requests_and_credits_the_referrer()
    {
        var run = CountedRun.Execute(_benchmark, nameof(PluginEventBenchmarks.ReferralWithoutThankYou));

        // Create of the lead + 1 query (referrer with its pair) + 1 referral + 1 counters update + 1 query (thanks rules, none).
        Assert.Equal(5, run.Requests);
        Assert.Equal(1, ReadAccount("cjp_referralcount").GetAttributeValue<int>("cjp_referralcount"));
        Assert.Empty(TasksRegarding(_benchmark.Account));
    }

    [Fact]
    public void A_referral_with_the_thank_you_rule_costs_six_requests_and_tasks_the_relationship_partner()
    {
        var run = CountedRun.Execute(_benchmark, nameof(PluginEventBenchmarks.ReferralWithThankYou));

        // The five of a referral + 1 Create of the task carrying its cjp_nurturelog (deep insert): 6, the budget.
        Assert.Equal(6, run.Requests);
        var task = Assert.Single(TasksRegarding(_benchmark.Account));
        Assert.Equal(_benchmark.World.Partner, task.GetAttributeValue<EntityReference>("ownerid")?.Id);
    }

    [Fact]
    public void Winning_an_opportunity_costs_six_requests_and_starts_its_engagement()
    {
        var run = CountedRun.Execute(_benchmark, nameof(PluginEventBenchmarks.OpportunityWon));

        // Win + 1 query (the opportunity with its engagement and referrals) + Create of the engagement,
        // which runs the engagement step: 1 query + 1 account update + 1 transition.
        Assert.Equal(6, run.Requests);
        Assert.Single(Rows("cjp_engagement", "cjp_accountid", _benchmark.Account));
        Assert.Equal(JourneyStage.ActiveClient, StageOf(_benchmark.Account));
    }

    [Fact]
    public void Losing_an_opportunity_as_canceled_costs_three_requests_and_sets_not_now()
    {
        var run = CountedRun.Execute(_benchmark, nameof(PluginEventBenchmarks.OpportunityLost));

        // Lose + 1 query (the opportunity's account) + 1 account update.
        Assert.Equal(3, run.Requests);
        var account = ReadAccount("cjp_prospectoutcome", "cjp_revisiton");
        Assert.Equal(573100001, account.GetAttributeValue<OptionSetValue>("cjp_prospectoutcome")?.Value);
        Assert.Equal(new DateTime(2027, 5, 22, 0, 0, 0, DateTimeKind.Utc), account.GetAttributeValue<DateTime>("cjp_revisiton"));
    }

    [Fact]
    public void Creating_a_valid_nurture_rule_costs_one_request_and_saves_it()
    {
        var run = CountedRun.Execute(_benchmark, nameof(PluginEventBenchmarks.NurtureRuleCreated));

        // The Create alone: validation reads nothing.
        Assert.Equal(1, run.Requests);
        var saved = _benchmark.World.Read("cjp_nurturerule", Assert.IsType<Guid>(run.Result), "cjp_name");
        Assert.Equal("Quiet Tier 1 clients", saved.GetAttributeValue<string>("cjp_name"));
    }

    private Entity ReadAccount(params string[] columns) => _benchmark.World.Read("account", _benchmark.Account, columns);

    private JourneyStage StageOf(Guid accountId) =>
        Choices.ToEnum<JourneyStage>(_benchmark.World.Read("account", accountId, "cjp_journeystage").GetAttributeValue<OptionSetValue>("cjp_journeystage"))
        ?? throw new Xunit.Sdk.XunitException("The account has no journey stage.");

    private Entity[] TasksRegarding(Guid accountId) => Rows("task", "regardingobjectid", accountId, "statecode", "ownerid");

    private Entity[] Rows(string table, string column, Guid value, params string[] columns)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(columns) };
        query.Criteria.AddCondition(column, ConditionOperator.Equal, value);
        return _benchmark.World.Org.RetrieveMultiple(query).Entities.ToArray();
    }
}
