using System;
using System.Linq;
using CrmJourney.Cli.Reporting;
using CrmJourney.Domain.Metrics;
using CrmJourney.Domain.Time;
using CrmJourney.Hosting;
using CrmJourney.Plugins.Sweep;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Cli.Tests.Reporting;

/// <summary>
/// The report's pigeonholed, quiet and former-client figures on a small firm built through the product
/// organization (its plugins keep the account counters and stages), with the right answers worked out
/// by hand; the pigeonholed count is also the number of accounts a dry run of the Pigeonholed rule flags.
/// </summary>
public sealed class JourneyReportFiguresTests
{
    private const int ActiveClient = 573100001;
    private const int BetweenEngagements = 573100002;
    private const int FormerClient = 573100003;
    private const int Planned = 573100000;
    private const int Active = 573100001;
    private const int Completed = 573100002;
    private const int Cancelled = 573100003;
    private static readonly DateTime _now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private readonly IOrganizationService _org = ProductOrganization.Create(new ProductOrganizationOptions { Clock = new FixedClock(_now), AutoDrainAsync = true });
    private readonly Guid _tax;
    private readonly Guid _audit;

    public JourneyReportFiguresTests()
    {
        _tax = _org.Create(new Entity("cjp_serviceline") { ["cjp_name"] = "Tax advisory", ["cjp_code"] = "TAX" });
        _audit = _org.Create(new Entity("cjp_serviceline") { ["cjp_name"] = "Audit", ["cjp_code"] = "AUD" });
    }

    [Fact]
    public void The_reports_pigeonholed_count_is_the_number_of_accounts_a_dry_run_of_the_pigeonholed_rule_flags()
    {
        var rule = PigeonholedRule();
        var taxOnly = Client("Tax only", (_tax, Completed), (_tax, Completed));
        Client("Tax, Audit under way", (_tax, Completed), (_tax, Completed), (_audit, Active));
        var former = Client("Former Tax client", (_tax, Completed), (_tax, Completed));
        _org.Update(new Entity("account", former) { ["cjp_journeystage"] = new OptionSetValue(FormerClient) });
        Client("Only planned and cancelled", (_tax, Planned), (_audit, Cancelled));
        var cancelledAudit = Client("Tax, Audit cancelled", (_tax, Completed), (_tax, Completed), (_audit, Cancelled));
        var plannedAudit = Client("Tax, Audit planned", (_tax, Completed), (_tax, Completed), (_audit, Planned));
        Client("One Tax", (_tax, Completed));
        var backForTax = Client("Back for Tax", (_tax, Completed), (_tax, Completed), (_tax, Active));
        Client("Broad", (_tax, Completed), (_audit, Completed));

        var report = Report();
        var sweep = new NurtureSweep(_org, new FixedClock(_now), _ => { }, NurtureSweepOptions.Default with { DryRun = true, RuleId = rule, WriteActivityParties = false }).Run();

        // Watched (active or between engagements, 2+ completed): Tax only, Tax/Audit under way, Tax/Audit cancelled,
        // Tax/Audit planned, Back for Tax, Broad = 6 (the former client is not in a watched stage; One Tax has 1 completed;
        // planned and cancelled engagements count for nothing). Bought one line: all but Tax/Audit under way (an active
        // Audit engagement is a second line bought) and Broad = 4.
        var flagged = new[] { taxOnly, cancelledAudit, plannedAudit, backForTax };
        Assert.True(sweep.Completed);
        Assert.Equal(flagged.OrderBy(id => id), sweep.Summary.Firings.Select(f => f.AccountId!.Value).OrderBy(id => id));
        Assert.Equal(4, report.PigeonholedClients);
        Assert.Equal(sweep.Summary.Firings.Count, report.PigeonholedClients);
        Assert.Equal(6, report.PigeonholedBase);
        Assert.Equal(new[] { new LabelledCount("Tax advisory", 4) }, report.PigeonholedLines);

        // Tax advisory buyers (an active or completed Tax engagement): every account but "Only planned and cancelled" = 8;
        // of them Audit buyers: "Tax, Audit under way" and "Broad" = 2, so 25% — in the sweep's task text and the report's table.
        Assert.All(sweep.Summary.Firings, f => Assert.EndsWith("introduce Audit — 25% of Tax advisory clients also bought it", f.Reason, StringComparison.Ordinal));
        var taxToAudit = Assert.Single(report.Affinity, a => a.Bought == "Tax advisory" && a.Also == "Audit");
        Assert.Equal((8, 2), (taxToAudit.Buyers, taxToAudit.Both));
    }

    [Fact]
    public void Quiet_clients_are_those_the_shipped_quiet_rule_flags_including_never_touched_accounts_long_in_their_stage()
    {
        var ann = User("Ann");
        Touched(Partnered("Silent 130 days", ActiveClient, ann), _now.AddDays(-130));
        Touched(Partnered("Touched 100 days ago", ActiveClient, ann), _now.AddDays(-100));
        Partnered("Never touched, 200 days between engagements", BetweenEngagements, ann, enteredOn: _now.AddDays(-200));
        Partnered("Never touched, 20 days between engagements", BetweenEngagements, ann, enteredOn: _now.AddDays(-20));
        Touched(Partnered("Former, silent 300 days", FormerClient, ann), _now.AddDays(-300));

        var report = Report();

        // No Quiet rule in the data: the shipped rule's 120 days, active and between-engagements clients only.
        // Quiet: silent 130 days (≥ 120) and never touched but 200 days in its stage = 2.
        Assert.Equal(120, report.QuietDays);
        Assert.Equal(2, Assert.Single(report.QuietByPartner, p => p.Label == "Ann").Count);

        // The same firm with the shipped Quiet rule stored: a dry run of it flags the same two accounts.
        var rule = _org.Create(new Entity("cjp_nurturerule")
        {
            ["cjp_name"] = "Quiet clients",
            ["cjp_ruletype"] = new OptionSetValue(573100000),
            ["cjp_stages"] = new OptionSetValueCollection { new OptionSetValue(ActiveClient), new OptionSetValue(BetweenEngagements) },
            ["cjp_thresholddays"] = 120,
            ["cjp_cooldowndays"] = 60,
            ["cjp_assigneetype"] = new OptionSetValue(573100000),
            ["cjp_tasksubject"] = "Reach out to {account.name}",
            ["statecode"] = new OptionSetValue(0),
        });
        var sweep = new NurtureSweep(_org, new FixedClock(_now), _ => { }, NurtureSweepOptions.Default with { DryRun = true, RuleId = rule, WriteActivityParties = false }).Run();
        Assert.Equal(new[] { "Never touched, 200 days between engagements", "Silent 130 days" }, sweep.Summary.Firings.Select(f => f.AccountName).Order(StringComparer.Ordinal));
        Assert.Equal(2, Assert.Single(Report().QuietByPartner, p => p.Label == "Ann").Count);
    }

    [Fact]
    public void Former_clients_by_sentiment_count_each_former_client_once_with_its_reasons_and_its_referrals_in_the_period()
    {
        var movedInHouse = Former("Advocate, moved in-house", sentiment: 573100001, reason: "Moved in-house");
        var silentAdvocate = Former("Advocate, no reason", sentiment: 573100001, reason: null);
        Former("Detractor", sentiment: 573100002, reason: "Fees");
        Former("Unknown", sentiment: null, reason: null);
        Referral(silentAdvocate, _now.AddDays(-10));
        Referral(silentAdvocate, _now.AddDays(-40));
        Referral(movedInHouse, _now.AddYears(-2));

        var rows = Report().FormerBySentiment.ToDictionary(r => r.Sentiment);

        // Advocates: 2, one reason each ("(none recorded)" sorts before "Moved in-house"); one of them referred twice in the
        // period (the other's referral is two years old, outside it). Detractor: 1, "Fees". Unknown: 1, no reason.
        Assert.Equal((2, 1, 2), (rows["Advocate"].Accounts, rows["Advocate"].Referrers, rows["Advocate"].Referrals));
        Assert.Equal(new[] { new ReasonCount("(none recorded)", 1), new ReasonCount("Moved in-house", 1) }, rows["Advocate"].Reasons);
        Assert.Equal((1, 0, 0), (rows["Detractor"].Accounts, rows["Detractor"].Referrers, rows["Detractor"].Referrals));
        Assert.Equal(new[] { new ReasonCount("Fees", 1) }, rows["Detractor"].Reasons);
        Assert.Equal((1, 0, 0), (rows["Unknown"].Accounts, rows["Unknown"].Referrers, rows["Unknown"].Referrals));
        Assert.Equal(new[] { new ReasonCount("(none recorded)", 1) }, rows["Unknown"].Reasons);
    }

    private JourneyReport Report() => JourneyReport.Build(JourneyData.Read(_org), new DateRange(_now.AddYears(-1), _now.AddDays(1)), rangeEndsNow: true);

    private Guid PigeonholedRule() =>
        _org.Create(new Entity("cjp_nurturerule")
        {
            ["cjp_name"] = "Pigeonholed clients",
            ["cjp_ruletype"] = new OptionSetValue(573100001),
            ["cjp_stages"] = new OptionSetValueCollection { new OptionSetValue(ActiveClient), new OptionSetValue(BetweenEngagements) },
            ["cjp_minimumcompletedengagements"] = 2,
            ["cjp_cooldowndays"] = 90,
            ["cjp_assigneetype"] = new OptionSetValue(573100000),
            ["cjp_tasksubject"] = "Introduce more services to {account.name}",
            ["statecode"] = new OptionSetValue(0),
        });

    /// <summary>An account with these engagements, in order, each started a year apart (completed ones ended); the plugins keep its counters and stage.</summary>
    private Guid Client(string name, params (Guid Line, int Status)[] engagements)
    {
        var account = _org.Create(new Entity("account") { ["name"] = name });
        var start = _now.AddYears(-engagements.Length - 1);
        foreach (var (line, status) in engagements)
        {
            var engagement = new Entity("cjp_engagement")
            {
                ["cjp_name"] = name + " engagement",
                ["cjp_accountid"] = new EntityReference("account", account),
                ["cjp_servicelineid"] = new EntityReference("cjp_serviceline", line),
                ["cjp_status"] = new OptionSetValue(status),
            };
            if (status is Active or Completed)
            {
                engagement["cjp_startedon"] = start;
            }

            if (status == Completed)
            {
                engagement["cjp_endedon"] = start.AddMonths(6);
            }

            _org.Create(engagement);
            start = start.AddYears(1);
        }

        return account;
    }

    private Guid User(string name) =>
        _org.Create(new Entity("systemuser") { ["fullname"] = name, ["firstname"] = name, ["lastname"] = name, ["internalemailaddress"] = name + "@example.com" });

    private Guid Partnered(string name, int stage, Guid partner, DateTime? enteredOn = null)
    {
        var account = new Entity("account") { ["name"] = name, ["cjp_journeystage"] = new OptionSetValue(stage), ["cjp_relationshippartnerid"] = new EntityReference("systemuser", partner) };
        if (enteredOn is DateTime on)
        {
            account["cjp_stageenteredon"] = on;
        }

        return _org.Create(account);
    }

    private void Touched(Guid account, DateTime on)
    {
        var task = _org.Create(new Entity("task") { ["subject"] = "Call", ["regardingobjectid"] = new EntityReference("account", account) });
        _org.Update(new Entity("task", task) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(5), ["actualend"] = on });
    }

    private Guid Former(string name, int? sentiment, string? reason)
    {
        var account = new Entity("account") { ["name"] = name, ["cjp_journeystage"] = new OptionSetValue(FormerClient) };
        if (sentiment is int s)
        {
            account["cjp_formersentiment"] = new OptionSetValue(s);
        }

        if (reason is not null)
        {
            account["cjp_formerreason"] = reason;
        }

        return _org.Create(account);
    }

    private void Referral(Guid referrer, DateTime on)
    {
        var lead = _org.Create(new Entity("lead") { ["subject"] = "Referred", ["lastname"] = "Lead" });
        _org.Create(new Entity("cjp_referral")
        {
            ["cjp_name"] = "Referral",
            ["cjp_referredleadid"] = new EntityReference("lead", lead),
            ["cjp_referreraccountid"] = new EntityReference("account", referrer),
            ["cjp_referredon"] = on,
        });
    }
}
