using System;
using System.Linq;
using System.ServiceModel;
using CrmJourney.Domain.Journey;
using CrmJourney.Hosting;
using CrmJourney.LocalOrg;
using CrmJourney.Plugins.Opportunities;
using CrmJourney.Plugins.Registration;
using CrmJourney.Plugins.Tests.Hosted;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Opportunities;

/// <summary>
/// Losing an opportunity with the shipped step configuration {"notNow":[4],"noWay":[5],"revisitAfterDays":180}:
/// status reason 4 (Canceled) is Not now, 5 (Out-Sold) is No way.
/// </summary>
public sealed class OpportunityLostPluginTests
{
    private const int NotNowValue = 573100001;
    private const int NoWayValue = 573100002;

    private readonly JourneyOrg _org = JourneyOrg.Create(Day.Of(2026, 11, 23));

    [Fact]
    public void A_prospect_lost_as_canceled_is_not_now_with_a_revisit_date_180_days_later()
    {
        var account = _org.Account("Contoso", JourneyStage.Prospect);

        Lose(_org.AsUser, SeedOpportunity(_org, account), status: 4);

        var stored = _org.ReadAccount(account);
        Assert.Equal(NotNowValue, stored.Option("cjp_prospectoutcome"));
        Assert.Equal(Day.Date(2027, 5, 22), stored.GetAttributeValue<DateTime>("cjp_revisiton"));
        Assert.Equal(JourneyStage.Prospect, _org.StageOf(account));
        Assert.Empty(_org.Transitions(account));
    }

    [Fact]
    public void A_prospect_lost_as_out_sold_is_no_way_and_has_no_revisit_date()
    {
        var account = _org.Account("Contoso", JourneyStage.Prospect, with: a => a["cjp_revisiton"] = Day.Date(2026, 12, 1));

        Lose(_org.AsUser, SeedOpportunity(_org, account), status: 5);

        var stored = _org.ReadAccount(account);
        Assert.Equal(NoWayValue, stored.Option("cjp_prospectoutcome"));
        Assert.Null(stored.GetAttributeValue<DateTime?>("cjp_revisiton"));
    }

    [Fact]
    public void An_active_client_losing_an_opportunity_keeps_its_stage_and_outcome()
    {
        var account = _org.Account("Contoso", JourneyStage.ActiveClient, active: 1);

        Lose(_org.AsUser, SeedOpportunity(_org, account), status: 4);

        var stored = _org.ReadAccount(account);
        Assert.Null(stored.GetAttributeValue<OptionSetValue>("cjp_prospectoutcome"));
        Assert.Equal(JourneyStage.ActiveClient, _org.StageOf(account));
    }

    [Fact]
    public void A_status_reason_the_configuration_does_not_map_leaves_the_outcome_alone()
    {
        var account = _org.Account("Contoso", JourneyStage.Prospect);

        Lose(_org.AsUser, SeedOpportunity(_org, account), status: -1);

        Assert.Null(_org.ReadAccount(account).GetAttributeValue<OptionSetValue>("cjp_prospectoutcome"));
    }

    [Fact]
    public void A_bad_configuration_refuses_the_loss_with_what_is_wrong_and_keeps_the_opportunity_open()
    {
        var registration = PluginCatalog.ForProductPlugins().Steps.Single(s => s.PluginType == typeof(OpportunityLostPlugin));
        var org = LocalOrganization.CreateBuilder()
            .UseCatalog(ProductSolution.Catalog())
            .AddPluginStep(PluginStepAdapter.ToLocalStep(registration) with { UnsecureConfiguration = "{\"notNow\":[4],\"noWay\":[4],\"revisitAfterDays\":0}" })
            .Build();
        var account = Guid.NewGuid();
        org.Import(new[] { new Entity("account", account) { ["name"] = "Contoso", ["cjp_journeystage"] = new OptionSetValue(573100000) } });
        var opportunity = SeedOpportunity(org, account);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Lose(org, opportunity, status: 4));

        Assert.Equal(
            "The Lose step of the client-journey plugins is misconfigured: Status reason 4 is in both \"notNow\" and \"noWay\"; keep it in one of them. "
            + "\"revisitAfterDays\" must be a whole number of days, at least 1 (e.g. 180). "
            + "An administrator must correct the step's unsecure configuration in the plugin registration.",
            fault.Detail.Message);
        Assert.Equal(0, org.Retrieve("opportunity", opportunity, new Microsoft.Xrm.Sdk.Query.ColumnSet("statecode")).Option("statecode"));
    }

    private static Guid SeedOpportunity(JourneyOrg org, Guid account) => SeedOpportunity(org.Org, account);

    private static Guid SeedOpportunity(LocalOrganization org, Guid account)
    {
        var opportunity = new Entity("opportunity", Guid.NewGuid())
        {
            ["name"] = "Tax review",
            ["customerid"] = new EntityReference("account", account),
            ["statecode"] = new OptionSetValue(0),
            ["statuscode"] = new OptionSetValue(1),
        };
        org.Import(new[] { opportunity });
        return opportunity.Id;
    }

    private static void Lose(IOrganizationService service, Guid opportunity, int status) =>
        service.Execute(new LoseOpportunityRequest
        {
            OpportunityClose = new Entity("opportunityclose") { ["subject"] = "Lost", ["opportunityid"] = new EntityReference("opportunity", opportunity) },
            Status = new OptionSetValue(status),
        });
}
