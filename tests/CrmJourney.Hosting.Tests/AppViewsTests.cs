using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CrmJourney.Domain.Time;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Hosting.Tests;

/// <summary>
/// The app's working views, run through the product organization from the files that ship. Rows are
/// created with the columns the views filter on and the expected rows are picked by hand from the
/// view's definition (its name and description), not read from its FetchXML.
/// </summary>
public sealed class AppViewsTests
{
    private const int Prospect = 573100000;
    private const int ActiveClient = 573100001;
    private const int BetweenEngagements = 573100002;
    private const int FormerClient = 573100003;
    private const int NotNow = 573100001;
    private const int OpenOutcome = 573100000;
    private const int Advocate = 573100001;
    private const int Detractor = 573100002;
    private static readonly DateTime _now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void My_quiet_clients_lists_only_my_active_or_between_clients_the_shipped_quiet_rule_finds_silent_for_120_days()
    {
        var org = Org();
        var me = User(org, "Me");
        var other = User(org, "Other");
        var neverTouched = Account(org, "Never, 300 days in stage", ActiveClient, partner: me, stageEnteredOn: _now.AddDays(-300));
        Account(org, "Never, new", ActiveClient, partner: me);
        var longAgo = Account(org, "LongAgo", BetweenEngagements, partner: me, touchpoint: _now.AddDays(-200));
        var overThreshold = Account(org, "130 days", BetweenEngagements, partner: me, touchpoint: _now.AddDays(-130));
        Account(org, "Recent", ActiveClient, partner: me, touchpoint: _now.AddDays(-10));
        Account(org, "OthersQuiet", ActiveClient, partner: other, touchpoint: _now.AddDays(-200));
        Account(org, "MyProspect", Prospect, partner: me, touchpoint: _now.AddDays(-200));

        var rows = Run(org.CreateOrganizationService(me), "Account", "7c072a7c-f2f4-41f0-b26b-2f06e9753e3f");

        // Silent 120 days or more (never touched: 120 days or more in the stage), mine, active or between engagements.
        Assert.Equal(new[] { neverTouched, longAgo, overThreshold }.Order(), rows.Order());
    }

    [Fact]
    public void My_pigeonholed_clients_lists_my_clients_with_two_or_more_engagements_all_in_one_service_line()
    {
        var org = Org();
        var me = User(org, "Me");
        var other = User(org, "Other");
        var mine = Account(org, "Mine", ActiveClient, partner: me, completed: 3, serviceLines: 1);
        Account(org, "Others", ActiveClient, partner: other, completed: 3, serviceLines: 1);
        Account(org, "MineBroad", ActiveClient, partner: me, completed: 3, serviceLines: 2);
        Account(org, "MineNew", ActiveClient, partner: me, completed: 1, serviceLines: 1);

        var rows = Run(org.CreateOrganizationService(me), "Account", "436f726c-3a4b-436a-98a1-483f7dbd2ec8");

        Assert.Equal(new[] { mine }, rows);
    }

    [Fact]
    public void Former_client_advocates_to_check_in_lists_advocates_not_contacted_for_180_days_oldest_contact_first()
    {
        var org = Org();
        var silent = Account(org, "Silent", FormerClient, sentiment: Advocate, touchpoint: _now.AddDays(-300));
        var never = Account(org, "Never", FormerClient, sentiment: Advocate);
        Account(org, "Recent", FormerClient, sentiment: Advocate, touchpoint: _now.AddDays(-30));
        Account(org, "Detractor", FormerClient, sentiment: Detractor);
        Account(org, "ActiveAdvocate", ActiveClient, sentiment: Advocate);

        var rows = Run(Service(org), "Account", "6b320536-a888-41e9-822f-8332ee1803a6");

        // Ordered by last touchpoint ascending: an empty date sorts first, as Dataverse sorts nulls.
        Assert.Equal(new[] { never, silent }, rows);
    }

    [Fact]
    public void Not_now_prospects_due_lists_not_now_prospects_whose_revisit_date_is_today_or_past()
    {
        var org = Org();
        var today = _now.Date;
        var yesterday = Account(org, "Yesterday", Prospect, outcome: NotNow, revisit: today.AddDays(-1));
        var dueToday = Account(org, "Today", Prospect, outcome: NotNow, revisit: today);
        Account(org, "Tomorrow", Prospect, outcome: NotNow, revisit: today.AddDays(1));
        Account(org, "StillOpen", Prospect, outcome: OpenOutcome, revisit: today.AddDays(-1));
        Account(org, "NowAClient", ActiveClient, outcome: NotNow, revisit: today.AddDays(-1));

        var rows = Run(Service(org), "Account", "0f3f8f0a-5d4c-4a4e-9d53-7e0e2b8f6a11");

        Assert.Equal(new[] { yesterday, dueToday }, rows);
    }

    [Fact]
    public void My_open_nurture_tasks_lists_only_open_nurture_tasks_i_own()
    {
        var org = Org();
        var me = User(org, "Me");
        var other = User(org, "Other");
        var rule = Rule(org);
        var mine = Task(org, rule, owner: me);
        Task(org, rule, owner: other);
        Task(org, null, owner: me);
        var done = Task(org, rule, owner: me);
        org.Update(new Entity("task", done) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(5) });

        var rows = Run(org.CreateOrganizationService(me), "Task", "5e3c1b9d-2a47-4f0e-8c61-93d2a7b4e5f0");

        Assert.Equal(new[] { mine }, rows);
    }

    [Fact]
    public void All_nurture_tasks_lists_open_and_completed_nurture_tasks_but_no_other_task()
    {
        var org = Org();
        var rule = Rule(org);
        var open = Task(org, rule, owner: null);
        var done = Task(org, rule, owner: null);
        org.Update(new Entity("task", done) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(5) });
        Task(org, null, owner: null);

        var rows = Run(Service(org), "Task", "3ac35544-296e-4a72-a470-017800816764");

        Assert.Equal(new[] { open, done }.Order(), rows.Order());
    }

    [Fact]
    public void Accounts_in_the_client_journey_lists_active_accounts_with_a_stage_in_stage_order()
    {
        var org = Org();
        var former = Account(org, "Former", FormerClient);
        var prospect = Account(org, "Prospect", Prospect);
        var client = Account(org, "Client", ActiveClient);

        var rows = Run(Service(org), "Account", "62b859a8-0ec2-4c07-84ea-c0a1c7464bc5");

        Assert.Equal(new[] { prospect, client, former }, rows);
    }

    [Fact]
    public void Every_shipped_view_runs_in_the_product_organization()
    {
        var org = Org();
        var account = Account(org, "Acme", ActiveClient);
        var files = Directory.EnumerateFiles(Path.Combine(Root(), "solution-package", "src", "Entities"), "*.xml", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}SavedQueries{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        // 7 views of the first release and the app's additions: 8 on account, 3 on task, 4 on each of six custom tables but one fewer on stage transitions.
        Assert.Equal(8 + 3 + (6 * 4), files.Count);
        foreach (var file in files)
        {
            // Quick-find views search for {0}: run them searching for the account's name start.
            var fetch = Fetch(File.ReadAllText(file)).Replace("{0}", "Ac%", StringComparison.Ordinal);
            var exception = Record.Exception(() => org.RetrieveMultiple(new FetchExpression(fetch)));
            Assert.True(exception == null, $"{file}: {exception?.Message}");
        }

        Assert.Contains(account, Run(Service(org), "Account", "62b859a8-0ec2-4c07-84ea-c0a1c7464bc5"));
    }

    private static Microsoft.Xrm.Sdk.IOrganizationService Service(CrmJourney.LocalOrg.LocalOrganization org) => org;

    private static CrmJourney.LocalOrg.LocalOrganization Org() =>
        ProductOrganization.Create(new ProductOrganizationOptions { Clock = new FixedClock(_now) });

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!Directory.Exists(Path.Combine(directory!.FullName, "solution-package")))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }

    private static string Fetch(string viewXml) => Regex.Match(viewXml, "<fetchxml>(.*?)</fetchxml>", RegexOptions.Singleline).Groups[1].Value;

    private static Guid[] Run(Microsoft.Xrm.Sdk.IOrganizationService service, string folder, string viewId)
    {
        var xml = File.ReadAllText(Path.Combine(Root(), "solution-package", "src", "Entities", folder, "SavedQueries", "{" + viewId + "}.xml"));
        return service.RetrieveMultiple(new FetchExpression(Fetch(xml))).Entities.Select(row => row.Id).ToArray();
    }

    private static Guid User(Microsoft.Xrm.Sdk.IOrganizationService org, string name) =>
        org.Create(new Entity("systemuser") { ["fullname"] = name, ["firstname"] = name, ["lastname"] = name, ["internalemailaddress"] = name + "@example.com" });

    private static Guid Rule(Microsoft.Xrm.Sdk.IOrganizationService org) =>
        org.Create(new Entity("cjp_nurturerule")
        {
            ["cjp_name"] = "Quiet",
            ["cjp_ruletype"] = new OptionSetValue(573100000),
            ["cjp_assigneetype"] = new OptionSetValue(573100000),
            ["cjp_tasksubject"] = "Check in with {account.name}",
            ["cjp_stages"] = new OptionSetValueCollection { new OptionSetValue(ActiveClient) },
            ["cjp_thresholddays"] = 180,
        });

    private static Guid Task(Microsoft.Xrm.Sdk.IOrganizationService org, Guid? rule, Guid? owner)
    {
        var task = new Entity("task") { ["subject"] = "task" };
        if (rule is Guid r)
        {
            task["cjp_nurtureruleid"] = new EntityReference("cjp_nurturerule", r);
        }

        if (owner is Guid o)
        {
            task["ownerid"] = new EntityReference("systemuser", o);
        }

        return org.Create(task);
    }

    private static Guid Account(Microsoft.Xrm.Sdk.IOrganizationService org, string name, int stage, Guid? partner = null, int completed = 0, int serviceLines = 0, DateTime? touchpoint = null, int? sentiment = null, int? outcome = null, DateTime? revisit = null, DateTime? stageEnteredOn = null)
    {
        var account = new Entity("account")
        {
            ["name"] = name,
            ["cjp_journeystage"] = new OptionSetValue(stage),
            ["cjp_completedengagementcount"] = completed,
            ["cjp_servicelinecount"] = serviceLines,
        };
        if (partner is Guid p)
        {
            account["cjp_relationshippartnerid"] = new EntityReference("systemuser", p);
        }

        if (touchpoint is DateTime on)
        {
            account["cjp_lasttouchpointon"] = on;
        }

        if (stageEnteredOn is DateTime entered)
        {
            account["cjp_stageenteredon"] = entered;
        }

        if (sentiment is int value)
        {
            account["cjp_formersentiment"] = new OptionSetValue(value);
        }

        if (outcome is int o)
        {
            account["cjp_prospectoutcome"] = new OptionSetValue(o);
        }

        if (revisit is DateTime r)
        {
            account["cjp_revisiton"] = r;
        }

        return org.Create(account);
    }
}
