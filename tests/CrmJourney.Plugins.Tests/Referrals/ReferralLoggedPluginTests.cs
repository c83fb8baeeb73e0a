using System;
using System.ServiceModel;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Referrals;
using CrmJourney.Domain.Rules;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Referrals;
using CrmJourney.Plugins.Tests.Hosted;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Referrals;

public sealed class ReferralLoggedPluginTests
{
    private const int FormerClientValue = 573100003;
    private const int OpenValue = 573100000;
    private const int IntroductionValue = 573100001;

    private readonly JourneyOrg _org = JourneyOrg.Create(Day.Of(2026, 11, 23));
    private readonly Guid _partner;

    public ReferralLoggedPluginTests()
    {
        _partner = _org.Org.Create(new Entity("systemuser") { ["fullname"] = "Rita Partner" });
    }

    [Fact]
    public void A_lead_referred_by_a_former_client_logs_one_referral_and_credits_the_referrer()
    {
        var referrer = Referrer("Fabrikam", JourneyStage.FormerClient, referrals: 2);

        var lead = _org.AsUser.Create(Lead("Globex tax review", referrerAccount: referrer, channel: 1));

        var referral = Assert.Single(_org.Rows("cjp_referral", columns: new[] { "cjp_referreraccountid", "cjp_referredleadid", "cjp_status", "cjp_referrerstage", "cjp_channel", "cjp_pairkey", "cjp_referredon" }));
        Assert.Equal(referrer, referral.RefId("cjp_referreraccountid"));
        Assert.Equal(lead, referral.RefId("cjp_referredleadid"));
        Assert.Equal(OpenValue, referral.Option("cjp_status"));
        Assert.Equal(FormerClientValue, referral.Option("cjp_referrerstage"));
        Assert.Equal(IntroductionValue, referral.Option("cjp_channel"));
        Assert.Equal($"account:{referrer:N}>lead:{lead:N}", referral.GetAttributeValue<string>("cjp_pairkey"));
        Assert.Equal(Day.Of(2026, 11, 23), referral.GetAttributeValue<DateTime>("cjp_referredon"));
        var account = _org.ReadAccount(referrer);
        Assert.Equal(3, account.GetAttributeValue<int>("cjp_referralcount"));
        Assert.Equal(Day.Of(2026, 11, 23), account.GetAttributeValue<DateTime>("cjp_lastreferralon"));
    }

    [Fact]
    public void Saving_the_same_referrer_again_is_a_no_op_not_an_error()
    {
        var referrer = Referrer("Fabrikam", JourneyStage.BetweenEngagements);
        var lead = _org.AsUser.Create(Lead("Globex tax review", referrerAccount: referrer));

        _org.AsUser.Update(new Entity("lead", lead) { ["cjp_referredbyaccountid"] = new EntityReference("account", referrer) });

        Assert.Single(_org.Rows("cjp_referral"));
        Assert.Equal(1, _org.ReadAccount(referrer).GetAttributeValue<int>("cjp_referralcount"));
    }

    [Fact]
    public void A_contact_referrer_credits_its_parent_account()
    {
        var referrer = Referrer("Fabrikam", JourneyStage.ActiveClient);
        var contact = new Entity("contact", Guid.NewGuid()) { ["fullname"] = "Ann Lee", ["parentcustomerid"] = new EntityReference("account", referrer) };
        _org.Seed(contact);

        _org.AsUser.Create(Opportunity("Globex audit", referrerContact: contact.Id));

        var referral = Assert.Single(_org.Rows("cjp_referral", columns: new[] { "cjp_referreraccountid", "cjp_referrercontactid", "cjp_referredopportunityid" }));
        Assert.Equal(referrer, referral.RefId("cjp_referreraccountid"));
        Assert.Equal(contact.Id, referral.RefId("cjp_referrercontactid"));
        Assert.Equal(1, _org.ReadAccount(referrer).GetAttributeValue<int>("cjp_referralcount"));
    }

    [Fact]
    public void A_lead_without_a_referrer_logs_nothing()
    {
        var requests = _org.CountRequests(() => _org.AsUser.Create(Lead("Walk-in", referrerAccount: null)));

        // 1 Create; the referral step reads nothing.
        Assert.Equal(1, requests);
        Assert.Empty(_org.Rows("cjp_referral"));
    }

    [Fact]
    public void The_referral_thanks_rule_logs_its_firing_then_tasks_the_relationship_partner()
    {
        var referrer = Referrer("Fabrikam", JourneyStage.FormerClient);
        var rule = SeedThanksRule(active: true);

        _org.AsUser.Create(Lead("Globex tax review", referrerAccount: referrer));

        var referral = Assert.Single(_org.Rows("cjp_referral"));
        var firing = Assert.Single(_org.Rows("cjp_nurturelog", columns: new[] { "cjp_nurtureruleid", "cjp_accountid", "cjp_window", "cjp_reason", "cjp_assignedtoid", "cjp_firedon", "cjp_taskid" }));
        Assert.Equal(rule, firing.RefId("cjp_nurtureruleid"));
        Assert.Equal(referrer, firing.RefId("cjp_accountid"));
        Assert.Equal($"referral-{referral.Id:N}", firing.GetAttributeValue<string>("cjp_window"));
        Assert.Equal("Referred Globex tax review on 2026-11-23", firing.GetAttributeValue<string>("cjp_reason"));
        Assert.Equal(_partner, firing.RefId("cjp_assignedtoid"));
        var task = Assert.Single(_org.Rows("task", columns: new[] { "subject", "ownerid", "regardingobjectid", "cjp_nurtureruleid", "scheduledend" }));
        Assert.Equal("Thank Fabrikam for referring Globex tax review", task.GetAttributeValue<string>("subject"));
        Assert.Equal(_partner, task.RefId("ownerid"));
        Assert.Equal(referrer, task.RefId("regardingobjectid"));
        Assert.Equal(rule, task.RefId("cjp_nurtureruleid"));
        Assert.Equal(Day.Date(2026, 11, 30), task.GetAttributeValue<DateTime>("scheduledend"));
        Assert.Equal(task.Id, firing.RefId("cjp_taskid"));
    }

    [Fact]
    public void A_thank_you_logged_meanwhile_is_refused_by_the_logs_key_and_takes_its_task_back_with_it()
    {
        var referrer = Referrer("Fabrikam", JourneyStage.FormerClient);
        var rule = SeedThanksRule(active: true);
        var referralId = Guid.NewGuid();
        var referral = new ReferralEvent(ReferredKind.Lead, Guid.NewGuid(), "Globex tax review", new EntityReference("account", referrer), null, ReferralChannel.WordOfMouth);
        var rules = ReferralQueries.ReadThanksRules(_org.Org, referrer);
        var account = ReferralQueries.ReadReferrer(_org.Org, referral).Account!;

        // A concurrent save logs the same thank-you after this one has read the rules and their firings.
        _org.Seed(new Entity("cjp_nurturelog", Guid.NewGuid())
        {
            ["cjp_name"] = "Thank referrers: concurrent",
            ["cjp_nurtureruleid"] = new EntityReference("cjp_nurturerule", rule),
            ["cjp_accountid"] = new EntityReference("account", referrer),
            ["cjp_window"] = $"referral-{referralId:N}",
        });
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            ReferralThanks.Fire(_org.Org, rules, referral, NurtureCandidateMapper.ToCandidate(account), referralId, _org.Clock, _ => { }));

        Assert.Equal(unchecked((int)0x80060892), fault.Detail.ErrorCode);
        Assert.Equal("Thank referrers: concurrent", Assert.Single(_org.Rows("cjp_nurturelog", columns: new[] { "cjp_name" })).GetAttributeValue<string>("cjp_name"));
        Assert.Empty(_org.Rows("task"));
    }

    [Fact]
    public void An_invalid_thanks_rule_in_storage_is_skipped_and_the_referral_is_still_logged()
    {
        var referrer = Referrer("Fabrikam", JourneyStage.FormerClient);
        SeedThanksRule(active: true, subject: "Thank {referrer.nickname}");

        _org.AsUser.Create(Lead("Globex tax review", referrerAccount: referrer));

        Assert.Single(_org.Rows("cjp_referral"));
        Assert.Empty(_org.Rows("cjp_nurturelog"));
        Assert.Empty(_org.Rows("task"));
        Assert.Contains(_org.Org.Traces, t => t.Text.Contains("is invalid and was skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void A_detractor_is_never_thanked()
    {
        var referrer = Referrer("Fabrikam", JourneyStage.FormerClient, with: a => a["cjp_formersentiment"] = new OptionSetValue(573100002));
        SeedThanksRule(active: true);

        _org.AsUser.Create(Lead("Globex tax review", referrerAccount: referrer));

        Assert.Single(_org.Rows("cjp_referral"));
        Assert.Empty(_org.Rows("task"));
    }

    [Fact]
    public void A_referral_costs_five_requests_and_six_with_a_thank_you()
    {
        var referrer = Referrer("Fabrikam", JourneyStage.FormerClient);
        var otherReferrer = Referrer("Initech", JourneyStage.FormerClient);

        // 1 Create of the lead + 1 query (referrer with its pair) + 1 referral + 1 counters update + 1 query (thanks rules, none) = 5.
        var withoutRule = _org.CountRequests(() => _org.AsUser.Create(Lead("First", referrerAccount: referrer)));
        SeedThanksRule(active: true);

        // + 1 Create of the task with its cjp_nurturelog as a related row (deep insert: one request) = 6, the budget.
        var withRule = _org.CountRequests(() => _org.AsUser.Create(Lead("Second", referrerAccount: otherReferrer)));

        Assert.Equal(5, withoutRule);
        Assert.Equal(6, withRule);
        Assert.Single(_org.Rows("task"));
        Assert.Single(_org.Rows("cjp_nurturelog"));
    }

    [Fact]
    public void A_duplicate_pair_costs_two_requests()
    {
        var referrer = Referrer("Fabrikam", JourneyStage.BetweenEngagements);
        var lead = _org.AsUser.Create(Lead("Globex tax review", referrerAccount: referrer));

        // 1 Update + 1 query that finds the pair already logged.
        var requests = _org.CountRequests(() => _org.AsUser.Update(new Entity("lead", lead) { ["cjp_referredbyaccountid"] = new EntityReference("account", referrer) }));

        Assert.Equal(2, requests);
    }

    private Guid Referrer(string name, JourneyStage stage, int referrals = 0, Action<Entity>? with = null) =>
        _org.Account(name, stage, completed: stage == JourneyStage.Prospect ? 0 : 1, with: a =>
        {
            a["cjp_referralcount"] = referrals;
            a["cjp_relationshippartnerid"] = new EntityReference("systemuser", _partner);
            with?.Invoke(a);
        });

    private Guid SeedThanksRule(bool active, string subject = "Thank {referrer.name} for referring {referred.name}")
    {
        var rule = new Entity("cjp_nurturerule", Guid.NewGuid())
        {
            ["cjp_name"] = "Thank referrers",
            ["cjp_ruletype"] = JourneyOrg.Choice(NurtureRuleType.ReferralThanks),
            ["cjp_assigneetype"] = JourneyOrg.Choice(AssigneeType.RelationshipPartner),
            ["cjp_tasksubject"] = subject,
            ["cjp_dueindays"] = 7,
            ["statecode"] = new OptionSetValue(active ? 0 : 1),
            ["statuscode"] = new OptionSetValue(active ? 1 : 2),
        };
        _org.Seed(rule);
        return rule.Id;
    }

    private static Entity Lead(string subject, Guid? referrerAccount, int? channel = null)
    {
        var lead = new Entity("lead") { ["subject"] = subject, ["lastname"] = "Globex" };
        if (referrerAccount != null)
        {
            lead["cjp_referredbyaccountid"] = new EntityReference("account", referrerAccount.Value);
        }

        if (channel != null)
        {
            lead["cjp_referralchannel"] = new OptionSetValue(573100000 + channel.Value);
        }

        return lead;
    }

    private static Entity Opportunity(string name, Guid referrerContact) => new("opportunity")
    {
        ["name"] = name,
        ["cjp_referredbycontactid"] = new EntityReference("contact", referrerContact),
    };
}
