using System;
using System.ServiceModel;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.Plugins.Tests.Hosted;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Engagements;

/// <summary>
/// The engagement plugin through LocalOrg's pipeline. Choice values are written out (573100000 +
/// index) so a mapping mistake cannot hide behind the same helper on both sides.
/// </summary>
public sealed class EngagementChangedPluginTests
{
    private const int ProspectValue = 573100000;
    private const int ActiveClientValue = 573100001;
    private const int BetweenEngagementsValue = 573100002;
    private const int EngagementStartedValue = 573100000;
    private const int EngagementEndedValue = 573100001;

    private readonly JourneyOrg _org = JourneyOrg.Create(Day.Of(2026, 11, 23));
    private readonly Guid _tax;

    public EngagementChangedPluginTests()
    {
        _tax = _org.ServiceLine("TAX", "Tax advisory");
    }

    [Fact]
    public void Starting_the_first_engagement_makes_a_prospect_an_active_client_and_logs_one_transition()
    {
        var account = _org.Account("Contoso", JourneyStage.Prospect, since: Day.Of(2026, 11, 3));

        var engagement = _org.AsUser.Create(JourneyOrg.NewEngagement(account, _tax, EngagementStatus.Active, startedOn: Day.Of(2026, 11, 20)));

        var stored = _org.ReadAccount(account);
        Assert.Equal(ActiveClientValue, stored.Option("cjp_journeystage"));
        Assert.Equal(Day.Of(2026, 11, 23), stored.GetAttributeValue<DateTime>("cjp_stageenteredon"));
        Assert.Equal(1, stored.GetAttributeValue<int>("cjp_activeengagementcount"));
        Assert.Equal(0, stored.GetAttributeValue<int>("cjp_completedengagementcount"));
        Assert.Equal(1, stored.GetAttributeValue<int>("cjp_servicelinecount"));
        Assert.Equal(Day.Date(2026, 11, 20), stored.GetAttributeValue<DateTime>("cjp_firstengagementon"));
        var transition = Assert.Single(_org.Transitions(account));
        Assert.Equal(ProspectValue, transition.Option("cjp_fromstage"));
        Assert.Equal(ActiveClientValue, transition.Option("cjp_tostage"));
        Assert.Equal(EngagementStartedValue, transition.Option("cjp_trigger"));
        Assert.Equal(engagement, transition.RefId("cjp_engagementid"));
        Assert.Equal(_org.User, transition.RefId("cjp_byuserid"));
        Assert.Equal(20, transition.GetAttributeValue<int>("cjp_daysinpreviousstage"));
    }

    [Fact]
    public void Completing_the_last_active_engagement_moves_the_account_between_engagements_logged_once()
    {
        var account = _org.Account("Contoso", JourneyStage.ActiveClient, since: Day.Of(2026, 1, 1), active: 1);
        var engagement = _org.SeededEngagement(account, _tax, EngagementStatus.Active, startedOn: Day.Of(2026, 1, 1));

        _org.AsUser.Update(new Entity("cjp_engagement", engagement)
        {
            ["cjp_status"] = JourneyOrg.Choice(EngagementStatus.Completed),
            ["cjp_endedon"] = Day.Of(2026, 11, 20),
        });

        var stored = _org.ReadAccount(account);
        Assert.Equal(BetweenEngagementsValue, stored.Option("cjp_journeystage"));
        Assert.Equal(0, stored.GetAttributeValue<int>("cjp_activeengagementcount"));
        Assert.Equal(1, stored.GetAttributeValue<int>("cjp_completedengagementcount"));
        Assert.Equal(Day.Date(2026, 11, 20), stored.GetAttributeValue<DateTime>("cjp_lastengagementendedon"));
        var transition = Assert.Single(_org.Transitions(account));
        Assert.Equal(EngagementEndedValue, transition.Option("cjp_trigger"));
        Assert.Equal(engagement, transition.RefId("cjp_engagementid"));
    }

    [Fact]
    public void Completing_one_of_two_active_engagements_keeps_the_client_active_and_logs_nothing()
    {
        var account = _org.Account("Contoso", JourneyStage.ActiveClient, active: 2);
        var audit = _org.ServiceLine("AUD", "Audit");
        var first = _org.SeededEngagement(account, _tax, EngagementStatus.Active);
        _org.SeededEngagement(account, audit, EngagementStatus.Active);

        _org.AsUser.Update(new Entity("cjp_engagement", first) { ["cjp_status"] = JourneyOrg.Choice(EngagementStatus.Completed) });

        var stored = _org.ReadAccount(account);
        Assert.Equal(ActiveClientValue, stored.Option("cjp_journeystage"));
        Assert.Equal(1, stored.GetAttributeValue<int>("cjp_activeengagementcount"));
        Assert.Equal(1, stored.GetAttributeValue<int>("cjp_completedengagementcount"));
        Assert.Equal(2, stored.GetAttributeValue<int>("cjp_servicelinecount"));
        Assert.Empty(_org.Transitions(account));
    }

    [Fact]
    public void Moving_an_engagement_to_another_account_recomputes_both_accounts()
    {
        var from = _org.Account("Wrong Ltd", JourneyStage.ActiveClient, active: 1);
        var to = _org.Account("Right Ltd", JourneyStage.Prospect);
        var engagement = _org.SeededEngagement(from, _tax, EngagementStatus.Active);

        _org.AsUser.Update(new Entity("cjp_engagement", engagement) { ["cjp_accountid"] = new EntityReference("account", to) });

        Assert.Equal(JourneyStage.Prospect, _org.StageOf(from));
        Assert.Equal(0, _org.ReadAccount(from).GetAttributeValue<int>("cjp_activeengagementcount"));
        Assert.Equal(JourneyStage.ActiveClient, _org.StageOf(to));
        Assert.Equal(EngagementEndedValue, Assert.Single(_org.Transitions(from)).Option("cjp_trigger"));
        Assert.Equal(EngagementStartedValue, Assert.Single(_org.Transitions(to)).Option("cjp_trigger"));
    }

    [Fact]
    public void Deleting_the_only_completed_engagement_makes_the_account_a_prospect_again()
    {
        var account = _org.Account("Contoso", JourneyStage.BetweenEngagements, completed: 1);
        var engagement = _org.SeededEngagement(account, _tax, EngagementStatus.Completed, Day.Of(2025, 1, 1), Day.Of(2025, 6, 1));

        _org.AsUser.Delete("cjp_engagement", engagement);

        Assert.Equal(JourneyStage.Prospect, _org.StageOf(account));
        Assert.Equal(0, _org.ReadAccount(account).GetAttributeValue<int>("cjp_completedengagementcount"));
        var transition = Assert.Single(_org.Transitions(account));
        Assert.Null(transition.GetAttributeValue<EntityReference>("cjp_engagementid"));
    }

    [Fact]
    public void A_planned_engagement_counts_for_nothing_and_leaves_the_prospect_a_prospect()
    {
        var account = _org.Account("Contoso", JourneyStage.Prospect);

        _org.AsUser.Create(JourneyOrg.NewEngagement(account, _tax, EngagementStatus.Planned));

        Assert.Equal(JourneyStage.Prospect, _org.StageOf(account));
        Assert.Equal(0, _org.ReadAccount(account).GetAttributeValue<int>("cjp_servicelinecount"));
        Assert.Empty(_org.Transitions(account));
    }

    [Fact]
    public void Changing_a_column_the_step_does_not_filter_on_runs_no_recompute()
    {
        var account = _org.Account("Contoso", JourneyStage.ActiveClient, active: 1);
        var engagement = _org.SeededEngagement(account, _tax, EngagementStatus.Active);

        // 1 request: the update itself; cjp_value is not a filtering attribute, so no step runs.
        var requests = _org.CountRequests(() => _org.AsUser.Update(new Entity("cjp_engagement", engagement) { ["cjp_value"] = new Money(1000m) }));

        Assert.Equal(1, requests);
    }

    [Fact]
    public void An_engagement_ending_before_it_starts_is_refused_and_not_saved()
    {
        var account = _org.Account("Contoso", JourneyStage.Prospect);
        var engagement = JourneyOrg.NewEngagement(account, _tax, EngagementStatus.Completed, startedOn: Day.Of(2026, 6, 1), endedOn: Day.Of(2026, 5, 1));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => _org.AsUser.Create(engagement));

        Assert.Equal(
            "The engagement \"Engagement\" cannot be counted for its account: An engagement cannot end (2026-05-01) before it starts (2026-06-01). Correct the engagement and save again.",
            fault.Detail.Message);
        Assert.Empty(_org.Rows("cjp_engagement"));
        Assert.Equal(JourneyStage.Prospect, _org.StageOf(account));
    }

    [Fact]
    public void A_failing_nested_write_rolls_back_the_engagement_and_the_account()
    {
        var org = JourneyOrg.Create(Day.Of(2026, 11, 23), builder => builder.AddPluginStep(
            PluginStep.ForInstance("Create", "cjp_stagetransition", CrmJourney.LocalOrg.Pipeline.PipelineStage.PreOperation, new RefusingPlugin("History is read-only today."))));
        var tax = org.ServiceLine("TAX", "Tax advisory");
        var account = org.Account("Contoso", JourneyStage.Prospect);

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.AsUser.Create(JourneyOrg.NewEngagement(account, tax, EngagementStatus.Active)));

        Assert.Empty(org.Rows("cjp_engagement"));
        var stored = org.ReadAccount(account);
        Assert.Equal(ProspectValue, stored.Option("cjp_journeystage"));
        Assert.Equal(0, stored.GetAttributeValue<int>("cjp_activeengagementcount"));
        Assert.Empty(org.Transitions(account));
    }

    [Fact]
    public void Starting_an_engagement_costs_four_requests()
    {
        var account = _org.Account("Contoso", JourneyStage.Prospect);

        // 1 Create of the engagement + 1 query (account with its engagements) + 1 account update + 1 transition = 4 (budget 6).
        var requests = _org.CountRequests(() => _org.AsUser.Create(JourneyOrg.NewEngagement(account, _tax, EngagementStatus.Active)));

        Assert.Equal(4, requests);
    }

    [Fact]
    public void Moving_an_engagement_between_accounts_costs_six_requests()
    {
        var from = _org.Account("Wrong Ltd", JourneyStage.ActiveClient, active: 1);
        var to = _org.Account("Right Ltd", JourneyStage.Prospect);
        var engagement = _org.SeededEngagement(from, _tax, EngagementStatus.Active);

        // 1 Update + 1 query reading both accounts + 2 account updates + 2 transitions = 6 (budget 6).
        var requests = _org.CountRequests(() => _org.AsUser.Update(new Entity("cjp_engagement", engagement) { ["cjp_accountid"] = new EntityReference("account", to) }));

        Assert.Equal(6, requests);
        Assert.Equal(1, _org.Org.Counters.For("RetrieveMultiple"));
    }
}
