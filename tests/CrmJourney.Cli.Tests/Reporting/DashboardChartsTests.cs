using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CrmJourney.Cli.Reporting;
using CrmJourney.Domain.Time;
using CrmJourney.Hosting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Cli.Tests.Reporting;

/// <summary>
/// The "Client journey" dashboard's charts, run from the shipped chart files through the product
/// organization, count what the journey report computes for the same data — and what the data was
/// built to hold (worked out by hand in each test).
/// </summary>
public sealed class DashboardChartsTests
{
    private const int Prospect = 573100000;
    private const int ActiveClient = 573100001;
    private const int BetweenEngagements = 573100002;
    private const int FormerClient = 573100003;
    private static readonly DateTime _now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private readonly Microsoft.Xrm.Sdk.IOrganizationService _org = ProductOrganization.Create(new ProductOrganizationOptions { Clock = new FixedClock(_now), AutoDrainAsync = true });
    private readonly Dictionary<Guid, string> _users = new();

    [Fact]
    public void Accounts_by_stage_counts_each_stored_stage_as_the_report_does()
    {
        Firm();

        var chart = Counts("Account", "4fe75645-4d17-464b-8b98-9a066041e151", v => JourneyReport.StageLabel((CrmJourney.Domain.Journey.JourneyStage)(((OptionSetValue)v!).Value - Prospect)));
        var report = Report().StageCounts.Where(s => s.Count > 0).ToDictionary(s => JourneyReport.StageLabel(s.Stage), s => s.Count);

        Assert.Equal(new Dictionary<string, int> { ["Prospect"] = 1, ["Active client"] = 2, ["Between engagements"] = 2, ["Former client"] = 1 }, chart);
        Assert.Equal(report, chart);
    }

    [Fact]
    public void Quiet_clients_by_partner_counts_the_clients_the_report_finds_quiet_per_partner()
    {
        Firm();

        var chart = Counts("Account", "fb0c1c8e-3d6b-4a6e-a0a5-8e7f3f0f6c21", v => v is EntityReference partner ? _users[partner.Id] : "(no partner)");
        var report = Report().QuietByPartner.Where(c => c.Count > 0).ToDictionary(c => c.Label, c => c.Count);

        // Ann's and Bob's active clients and the between-engagements client without partner, touched 200 days ago; Ann's other client was touched 10 days ago.
        Assert.Equal(new Dictionary<string, int> { ["Ann"] = 1, ["Bob"] = 1, ["(no partner)"] = 1 }, chart);
        Assert.Equal(report, chart);
    }

    [Fact]
    public void Referral_sources_by_the_referrers_stage_counts_referrals_as_the_report_does()
    {
        Firm();

        var chart = Counts("cjp_referral", "a51e7a9e-2c55-4a8f-9c7b-0d86e1c3f402", v => v is OptionSetValue stage ? JourneyReport.StageLabel((CrmJourney.Domain.Journey.JourneyStage)(stage.Value - Prospect)) : "Unknown");
        var report = Report().ReferralsByReferrerStage.ToDictionary(c => c.Label, c => c.Count);

        Assert.Equal(new Dictionary<string, int> { ["Former client"] = 2, ["Active client"] = 1, ["Unknown"] = 1 }, chart);
        Assert.Equal(report, chart);
    }

    [Fact]
    public void Nurture_tasks_by_rule_stack_to_the_tasks_created_and_their_completed_part_matches_the_report()
    {
        Firm();
        var rules = _org.RetrieveMultiple(new QueryExpression("cjp_nurturerule") { ColumnSet = new ColumnSet("cjp_name") }).Entities.ToDictionary(r => r.Id, r => r.GetAttributeValue<string>("cjp_name") ?? string.Empty);

        var rows = Run("Task", "d2a8c3e4-7b19-4f6d-8e25-6c1b9f0a7d83")
            .Select(r => (Rule: rules[((EntityReference)Value(r, "groupby_column")!).Id], State: ((OptionSetValue)Value(r, "series_column")!).Value, Count: Convert.ToInt32(Value(r, "aggregate_column"), System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var chart = rows.GroupBy(r => r.Rule).ToDictionary(g => g.Key, g => (Created: g.Sum(r => r.Count), Completed: g.Where(r => r.State == 1).Sum(r => r.Count)));
        var report = Report().TasksByRule.Where(t => t.Created > 0).ToDictionary(t => t.Rule, t => (t.Created, t.Completed));

        Assert.Equal(new Dictionary<string, (int, int)> { ["Quiet clients"] = (3, 1), ["Advocate check-in"] = (1, 1) }, chart);
        Assert.Equal(report, chart);
    }

    private JourneyReport Report() => JourneyReport.Build(JourneyData.Read(_org), new DateRange(_now.AddYears(-1), _now.AddDays(1)), rangeEndsNow: true);

    // Six accounts, four referrals, two rules with four tasks: the same firm for every test.
    private void Firm()
    {
        var ann = User("Ann");
        var bob = User("Bob");
        var annQuiet = Account("Ann quiet", ActiveClient, ann);
        var annTouched = Account("Ann touched", BetweenEngagements, ann);
        Account("Ann prospect", Prospect, ann);
        var bobQuiet = Account("Bob quiet", ActiveClient, bob);
        var bobFormer = Account("Bob former", FormerClient, bob);
        var nobodys = Account("Nobody's", BetweenEngagements, null);

        // Last touched 200 days ago (quiet by the rule and by the chart alike) or 10 days ago (not quiet). Accounts never
        // touched are left out of this firm: the rule measures their silence from the day they entered their stage.
        foreach (var (account, daysAgo) in new[] { (annQuiet, 200), (bobQuiet, 200), (nobodys, 200), (annTouched, 10) })
        {
            var touch = _org.Create(new Entity("task") { ["subject"] = "Call", ["regardingobjectid"] = new EntityReference("account", account) });
            Complete(touch, _now.AddDays(-daysAgo));
        }

        var contact = _org.Create(new Entity("contact") { ["firstname"] = "Cy", ["lastname"] = "Contact" });
        Referral(bobFormer, null, FormerClient);
        Referral(bobFormer, null, FormerClient);
        Referral(annQuiet, null, ActiveClient);
        Referral(null, contact, null);

        var quiet = Rule("Quiet clients", 573100000, stages: true);
        var advocate = Rule("Advocate check-in", 573100002, stages: false);
        NurtureTask(quiet);
        NurtureTask(quiet);
        Complete(NurtureTask(quiet), _now.AddDays(-1));
        Complete(NurtureTask(advocate), _now.AddDays(-2));
    }

    private Dictionary<string, int> Counts(string folder, string chartId, Func<object?, string> label) =>
        Run(folder, chartId).ToDictionary(r => label(Value(r, "groupby_column")), r => Convert.ToInt32(Value(r, "aggregate_column"), System.Globalization.CultureInfo.InvariantCulture));

    private List<Entity> Run(string folder, string chartId)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!Directory.Exists(Path.Combine(directory!.FullName, "solution-package")))
        {
            directory = directory.Parent;
        }

        var xml = File.ReadAllText(Path.Combine(directory.FullName, "solution-package", "src", "Entities", folder, "Visualizations", "{" + chartId + "}.xml"));
        var fetch = Regex.Match(xml, "<fetchcollection>(.*?)</fetchcollection>", RegexOptions.Singleline).Groups[1].Value;
        return _org.RetrieveMultiple(new FetchExpression(fetch)).Entities.ToList();
    }

    private static object? Value(Entity row, string alias) => row.GetAttributeValue<AliasedValue>(alias)?.Value;

    private Guid User(string name)
    {
        var id = _org.Create(new Entity("systemuser") { ["fullname"] = name, ["firstname"] = name, ["lastname"] = name, ["internalemailaddress"] = name + "@example.com" });
        _users[id] = name;
        return id;
    }

    private Guid Account(string name, int stage, Guid? partner)
    {
        var account = new Entity("account") { ["name"] = name, ["cjp_journeystage"] = new OptionSetValue(stage) };
        if (partner is Guid p)
        {
            account["cjp_relationshippartnerid"] = new EntityReference("systemuser", p);
        }

        return _org.Create(account);
    }

    private void Referral(Guid? account, Guid? contact, int? stage)
    {
        var lead = _org.Create(new Entity("lead") { ["subject"] = "Referred", ["lastname"] = "Lead" });
        var referral = new Entity("cjp_referral") { ["cjp_name"] = "Referral", ["cjp_referredleadid"] = new EntityReference("lead", lead), ["cjp_referredon"] = _now.AddDays(-5) };
        if (account is Guid a)
        {
            referral["cjp_referreraccountid"] = new EntityReference("account", a);
        }

        if (contact is Guid c)
        {
            referral["cjp_referrercontactid"] = new EntityReference("contact", c);
        }

        if (stage is int s)
        {
            referral["cjp_referrerstage"] = new OptionSetValue(s);
        }

        _org.Create(referral);
    }

    private Guid Rule(string name, int type, bool stages)
    {
        var rule = new Entity("cjp_nurturerule")
        {
            ["cjp_name"] = name,
            ["cjp_ruletype"] = new OptionSetValue(type),
            ["cjp_assigneetype"] = new OptionSetValue(573100000),
            ["cjp_tasksubject"] = "Check in with {account.name}",
            ["cjp_thresholddays"] = 180,
        };
        if (stages)
        {
            rule["cjp_stages"] = new OptionSetValueCollection { new OptionSetValue(ActiveClient), new OptionSetValue(BetweenEngagements) };
        }

        return _org.Create(rule);
    }

    private Guid NurtureTask(Guid rule) =>
        _org.Create(new Entity("task") { ["subject"] = "Nurture", ["cjp_nurtureruleid"] = new EntityReference("cjp_nurturerule", rule) });

    private void Complete(Guid task, DateTime on) =>
        _org.Update(new Entity("task", task) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(5), ["actualend"] = on });
}
