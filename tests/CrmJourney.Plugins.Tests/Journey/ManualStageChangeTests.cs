using System;
using System.ServiceModel;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Plugins.Tests.Hosted;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Journey;

/// <summary>
/// The manual stage guard (pre-operation) and log (post-operation) through LocalOrg: a user's edit is
/// checked and logged once as Manual; a product write is logged once by the product with its own
/// trigger and never again by the guard; a refused edit writes nothing.
/// </summary>
public sealed class ManualStageChangeTests
{
    private const int BetweenEngagementsValue = 573100002;
    private const int FormerClientValue = 573100003;
    private const int EngagementEndedValue = 573100001;
    private const int ManualValue = 573100003;

    private readonly JourneyOrg _org = JourneyOrg.Create(Day.Of(2026, 11, 23));

    [Fact]
    public void A_user_marking_a_between_engagements_client_as_former_is_stamped_and_logged_once_as_manual()
    {
        var account = _org.Account("Contoso", JourneyStage.BetweenEngagements, since: Day.Of(2026, 8, 25), completed: 2);

        _org.AsUser.Update(new Entity("account", account) { ["cjp_journeystage"] = JourneyOrg.Choice(JourneyStage.FormerClient) });

        var stored = _org.ReadAccount(account);
        Assert.Equal(FormerClientValue, stored.Option("cjp_journeystage"));
        Assert.Equal(Day.Of(2026, 11, 23), stored.GetAttributeValue<DateTime>("cjp_stageenteredon"));
        var transition = Assert.Single(_org.Transitions(account));
        Assert.Equal(BetweenEngagementsValue, transition.Option("cjp_fromstage"));
        Assert.Equal(FormerClientValue, transition.Option("cjp_tostage"));
        Assert.Equal(ManualValue, transition.Option("cjp_trigger"));
        Assert.Equal(_org.User, transition.RefId("cjp_byuserid"));
        Assert.Equal(90, transition.GetAttributeValue<int>("cjp_daysinpreviousstage"));
    }

    [Fact]
    public void A_forbidden_move_is_refused_with_the_tables_reason_and_writes_nothing()
    {
        var since = Day.Of(2026, 10, 1);
        var account = _org.Account("Contoso", JourneyStage.Prospect, since: since);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            _org.AsUser.Update(new Entity("account", account) { ["cjp_journeystage"] = JourneyOrg.Choice(JourneyStage.FormerClient) }));

        Assert.Equal(
            "The journey stage cannot be changed from Prospect to Former client: A prospect has never been a client, so it cannot become a former client; mark the prospect's outcome as No way instead.",
            fault.Detail.Message);
        Assert.Equal(JourneyStage.Prospect, _org.StageOf(account));
        Assert.Equal(since, _org.ReadAccount(account).GetAttributeValue<DateTime>("cjp_stageenteredon"));
        Assert.Empty(_org.Transitions(account));
    }

    [Fact]
    public void Completing_the_last_engagement_is_logged_once_with_its_own_trigger_not_again_as_manual()
    {
        var tax = _org.ServiceLine("TAX", "Tax advisory");
        var account = _org.Account("Contoso", JourneyStage.ActiveClient, active: 1);
        var engagement = _org.SeededEngagement(account, tax, EngagementStatus.Active);

        _org.AsUser.Update(new Entity("cjp_engagement", engagement) { ["cjp_status"] = JourneyOrg.Choice(EngagementStatus.Completed) });

        var transition = Assert.Single(_org.Transitions(account));
        Assert.Equal(EngagementEndedValue, transition.Option("cjp_trigger"));
    }

    [Fact]
    public void A_product_write_that_carries_the_counters_its_stage_derives_from_is_not_logged_by_the_guard()
    {
        // The shape of the sweep's dormancy move: stage and counters together, the sweep logging its own row.
        var account = _org.Account("Contoso", JourneyStage.BetweenEngagements, completed: 2);

        _org.AsUser.Update(new Entity("account", account)
        {
            ["cjp_journeystage"] = JourneyOrg.Choice(JourneyStage.FormerClient),
            ["cjp_activeengagementcount"] = 0,
            ["cjp_completedengagementcount"] = 2,
            ["cjp_stageenteredon"] = Day.Of(2026, 11, 23),
        });

        Assert.Equal(JourneyStage.FormerClient, _org.StageOf(account));
        Assert.Empty(_org.Transitions(account));
    }

    [Fact]
    public void Counters_that_contradict_the_stage_do_not_pass_a_forbidden_move_off_as_a_product_write()
    {
        var account = _org.Account("Contoso", JourneyStage.Prospect);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => _org.AsUser.Update(new Entity("account", account)
        {
            ["cjp_journeystage"] = JourneyOrg.Choice(JourneyStage.FormerClient),
            ["cjp_activeengagementcount"] = 0,
            ["cjp_completedengagementcount"] = 0,
        }));

        Assert.StartsWith("The journey stage cannot be changed from Prospect to Former client:", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(JourneyStage.Prospect, _org.StageOf(account));
    }

    [Fact]
    public void Saving_the_stage_the_account_already_has_logs_nothing()
    {
        var account = _org.Account("Contoso", JourneyStage.BetweenEngagements, completed: 1);

        _org.AsUser.Update(new Entity("account", account) { ["cjp_journeystage"] = JourneyOrg.Choice(JourneyStage.BetweenEngagements) });

        Assert.Empty(_org.Transitions(account));
    }

    [Fact]
    public void Withdrawing_a_former_client_marking_is_allowed_and_logged()
    {
        var account = _org.Account("Contoso", JourneyStage.FormerClient, completed: 1);

        _org.AsUser.Update(new Entity("account", account) { ["cjp_journeystage"] = JourneyOrg.Choice(JourneyStage.BetweenEngagements) });

        Assert.Equal(JourneyStage.BetweenEngagements, _org.StageOf(account));
        Assert.Equal(ManualValue, Assert.Single(_org.Transitions(account)).Option("cjp_trigger"));
    }

    [Fact]
    public void A_manual_stage_change_costs_two_requests()
    {
        var account = _org.Account("Contoso", JourneyStage.BetweenEngagements, completed: 1);

        // 1 Update of the account (the guard stamps the target, no request) + 1 Create of the transition = 2 (budget 2).
        var requests = _org.CountRequests(() =>
            _org.AsUser.Update(new Entity("account", account) { ["cjp_journeystage"] = JourneyOrg.Choice(JourneyStage.FormerClient) }));

        Assert.Equal(2, requests);
    }

    [Fact]
    public void A_refused_stage_change_costs_only_the_refused_request()
    {
        var account = _org.Account("Contoso", JourneyStage.ActiveClient, active: 1);

        // 1 Update, refused in pre-operation before any write.
        var requests = _org.CountRequests(() => Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            _org.AsUser.Update(new Entity("account", account) { ["cjp_journeystage"] = JourneyOrg.Choice(JourneyStage.BetweenEngagements) })));

        Assert.Equal(1, requests);
    }
}
