using System;
using System.ServiceModel;
using CrmJourney.Domain.Journey;
using CrmJourney.Plugins.Tests.Hosted;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Journey;

/// <summary>Every account has a stage from birth, with its first history row, through the shipped Create steps.</summary>
public sealed class AccountBirthTests
{
    private const int ProspectValue = 573100000;
    private const int CreatedTrigger = 573100007;
    private const int ImportedTrigger = 573100006;

    private readonly JourneyOrg _org = JourneyOrg.Create(Day.Of(2026, 11, 23));

    [Fact]
    public void An_account_created_without_a_stage_is_a_prospect_since_its_creation_with_one_created_transition()
    {
        var requests = 0;
        var account = Guid.Empty;
        requests = _org.CountRequests(() => account = _org.AsUser.Create(new Entity("account") { ["name"] = "Contoso" }));

        var stored = _org.Read("account", account, "cjp_journeystage", "cjp_stageenteredon");
        Assert.Equal(ProspectValue, stored.Option("cjp_journeystage"));
        Assert.Equal(Day.Of(2026, 11, 23), stored.GetAttributeValue<DateTime>("cjp_stageenteredon"));
        var transition = Assert.Single(_org.Transitions(account));
        Assert.Null(transition.GetAttributeValue<OptionSetValue>("cjp_fromstage"));
        Assert.Equal(ProspectValue, transition.Option("cjp_tostage"));
        Assert.Equal(CreatedTrigger, transition.Option("cjp_trigger"));
        Assert.Equal(0, transition.GetAttributeValue<int>("cjp_daysinpreviousstage"));

        // The Create (1) + the transition row (1); setting the stage costs nothing.
        Assert.Equal(2, requests);
    }

    [Fact]
    public void An_account_created_with_a_later_stage_keeps_it_and_logs_it_as_imported_on_its_entry_date()
    {
        var entered = Day.Of(2025, 3, 1);

        var account = _org.AsUser.Create(new Entity("account")
        {
            ["name"] = "Fabrikam",
            ["cjp_journeystage"] = JourneyOrg.Choice(JourneyStage.FormerClient),
            ["cjp_stageenteredon"] = entered,
        });

        Assert.Equal(JourneyStage.FormerClient, _org.StageOf(account));
        var transition = Assert.Single(_org.Transitions(account));
        Assert.Equal(ImportedTrigger, transition.Option("cjp_trigger"));
        Assert.Equal(entered, transition.GetAttributeValue<DateTime>("cjp_transitionedon"));
    }

    [Fact]
    public void An_account_created_with_an_unknown_stage_value_is_refused_and_nothing_is_written()
    {
        Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            _org.AsUser.Create(new Entity("account") { ["name"] = "Nowhere", ["cjp_journeystage"] = new OptionSetValue(1) }));

        Assert.DoesNotContain(_org.Rows("account", columns: new[] { "name" }), row => row.GetAttributeValue<string>("name") == "Nowhere");
        Assert.Empty(_org.Rows("cjp_stagetransition"));
    }
}
