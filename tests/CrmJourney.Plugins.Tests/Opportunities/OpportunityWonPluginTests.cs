using System;
using System.ServiceModel;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Referrals;
using CrmJourney.Plugins.Tests.Hosted;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Opportunities;

public sealed class OpportunityWonPluginTests
{
    private const int ActiveEngagementValue = 573100001;
    private const int EngagementStartedValue = 573100000;
    private const int ReferralWonValue = 573100001;

    private readonly JourneyOrg _org = JourneyOrg.Create(Day.Of(2026, 11, 23));
    private readonly Guid _tax;

    public OpportunityWonPluginTests()
    {
        _tax = _org.ServiceLine("TAX", "Tax advisory");
    }

    [Fact]
    public void Winning_creates_the_active_engagement_and_the_prospect_becomes_an_active_client()
    {
        var account = _org.Account("Contoso", JourneyStage.Prospect);
        var opportunity = SeedOpportunity("Contoso tax review", new EntityReference("account", account), _tax);

        Win(opportunity, revenue: 25000m, closedOn: Day.Of(2026, 11, 23));

        var engagement = Assert.Single(_org.Rows("cjp_engagement", columns: new[] { "cjp_name", "cjp_accountid", "cjp_servicelineid", "cjp_status", "cjp_startedon", "cjp_value", "cjp_opportunityid" }));
        Assert.Equal("Contoso tax review", engagement.GetAttributeValue<string>("cjp_name"));
        Assert.Equal(account, engagement.RefId("cjp_accountid"));
        Assert.Equal(_tax, engagement.RefId("cjp_servicelineid"));
        Assert.Equal(ActiveEngagementValue, engagement.Option("cjp_status"));
        Assert.Equal(Day.Date(2026, 11, 23), engagement.GetAttributeValue<DateTime>("cjp_startedon"));
        Assert.Equal(25000m, engagement.MoneyOf("cjp_value"));
        Assert.Equal(opportunity, engagement.RefId("cjp_opportunityid"));
        Assert.Equal(JourneyStage.ActiveClient, _org.StageOf(account));
        var transition = Assert.Single(_org.Transitions(account));
        Assert.Equal(EngagementStartedValue, transition.Option("cjp_trigger"));
        Assert.Equal(engagement.Id, transition.RefId("cjp_engagementid"));
    }

    [Fact]
    public void A_contact_customer_gives_the_engagement_to_the_opportunitys_parent_account()
    {
        var account = _org.Account("Contoso", JourneyStage.Prospect);
        var contact = new Entity("contact", Guid.NewGuid()) { ["fullname"] = "Ann Lee", ["parentcustomerid"] = new EntityReference("account", account) };
        _org.Seed(contact);
        var opportunity = SeedOpportunity("Tax review", contact.ToEntityReference(), _tax, parentAccount: account);

        Win(opportunity, revenue: 1000m);

        Assert.Equal(account, Assert.Single(_org.Rows("cjp_engagement", columns: "cjp_accountid")).RefId("cjp_accountid"));
    }

    [Fact]
    public void An_opportunity_that_already_has_its_engagement_gets_no_second_one()
    {
        var account = _org.Account("Contoso", JourneyStage.ActiveClient, active: 1);
        var opportunity = SeedOpportunity("Tax review", new EntityReference("account", account), _tax);
        var existing = _org.SeededEngagement(account, _tax, EngagementStatus.Active);
        _org.Org.Update(new Entity("cjp_engagement", existing) { ["cjp_opportunityid"] = new EntityReference("opportunity", opportunity) });

        Win(opportunity, revenue: 1000m);

        Assert.Equal(existing, Assert.Single(_org.Rows("cjp_engagement")).Id);
    }

    [Fact]
    public void Winning_a_referred_opportunity_marks_the_referral_won_and_credits_the_referrer_once()
    {
        var referrer = _org.Account("Fabrikam", JourneyStage.FormerClient, completed: 3, with: a => a["cjp_referralwoncount"] = 2);
        var account = _org.Account("Contoso", JourneyStage.Prospect);
        var opportunity = SeedOpportunity("Tax review", new EntityReference("account", account), _tax);
        var referral = new Entity("cjp_referral", Guid.NewGuid())
        {
            ["cjp_name"] = "Referral: Tax review",
            ["cjp_referreraccountid"] = new EntityReference("account", referrer),
            ["cjp_referredopportunityid"] = new EntityReference("opportunity", opportunity),
            ["cjp_referredon"] = Day.Of(2026, 10, 1),
            ["cjp_status"] = JourneyOrg.Choice(ReferralStatus.Open),
            ["cjp_pairkey"] = ReferralPairKey.For(referrer, null, ReferredKind.Opportunity, opportunity),
        };
        _org.Seed(referral);

        Win(opportunity, revenue: 40000m);

        var stored = _org.Read("cjp_referral", referral.Id, "cjp_status", "cjp_value");
        Assert.Equal(ReferralWonValue, stored.Option("cjp_status"));
        Assert.Equal(40000m, stored.MoneyOf("cjp_value"));
        Assert.Equal(3, _org.ReadAccount(referrer).GetAttributeValue<int>("cjp_referralwoncount"));
    }

    [Fact]
    public void An_opportunity_without_a_service_line_cannot_be_won_and_stays_open()
    {
        var account = _org.Account("Contoso", JourneyStage.Prospect);
        var opportunity = SeedOpportunity("Tax review", new EntityReference("account", account), serviceLine: null);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Win(opportunity, revenue: 1000m));

        Assert.Equal("The opportunity \"Tax review\" has no service line, so its engagement cannot be created: set its Service line and close it as won again.", fault.Detail.Message);
        Assert.Equal(0, _org.Read("opportunity", opportunity, "statecode").Option("statecode"));
        Assert.Empty(_org.Rows("cjp_engagement"));
        Assert.Empty(_org.Rows("opportunityclose"));
    }

    private Guid SeedOpportunity(string name, EntityReference customer, Guid? serviceLine, Guid? parentAccount = null)
    {
        var opportunity = new Entity("opportunity", Guid.NewGuid())
        {
            ["name"] = name,
            ["customerid"] = customer,
            ["statecode"] = new OptionSetValue(0),
            ["statuscode"] = new OptionSetValue(1),
        };
        if (serviceLine != null)
        {
            opportunity["cjp_servicelineid"] = new EntityReference("cjp_serviceline", serviceLine.Value);
        }

        if (parentAccount != null)
        {
            opportunity["parentaccountid"] = new EntityReference("account", parentAccount.Value);
        }

        _org.Seed(opportunity);
        return opportunity.Id;
    }

    private void Win(Guid opportunity, decimal revenue, DateTime? closedOn = null)
    {
        var close = new Entity("opportunityclose")
        {
            ["subject"] = "Won",
            ["opportunityid"] = new EntityReference("opportunity", opportunity),
            ["actualrevenue"] = new Money(revenue),
        };
        if (closedOn != null)
        {
            close["actualend"] = closedOn;
        }

        _org.AsUser.Execute(new WinOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(3) });
    }
}
