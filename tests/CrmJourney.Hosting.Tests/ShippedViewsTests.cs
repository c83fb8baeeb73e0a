using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CrmJourney.Domain.Time;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Hosting.Tests;

public sealed class ShippedViewsTests
{
    private const int Prospect = 573100000;
    private const int ActiveClient = 573100001;
    private const int BetweenEngagements = 573100002;
    private const int FormerClient = 573100003;
    private const int Advocate = 573100001;
    private const int Detractor = 573100002;
    private const int QuietRule = 573100000;
    private const int AccountOwner = 573100000;
    private static readonly DateTime _now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Pigeonholed_clients_lists_active_accounts_with_two_or_more_engagements_in_one_service_line()
    {
        var org = Org();
        var pigeonholed = Account(org, "Pigeon", ActiveClient, completed: 3, serviceLines: 1);
        Account(org, "Broad", ActiveClient, completed: 3, serviceLines: 2);
        Account(org, "New", ActiveClient, completed: 1, serviceLines: 1);

        var rows = Run(org, "Account", "2f0e0c79-a9ca-4dba-bd07-f25787ae3ad5");

        Assert.Equal(new[] { pigeonholed }, rows);
    }

    [Fact]
    public void Clients_gone_quiet_lists_the_clients_the_shipped_quiet_rule_finds_silent_for_120_days()
    {
        // The shipped Quiet rule: active or between engagements, no touchpoint for 120 days or more; never touched,
        // measured from the day the account entered its stage.
        var org = Org();
        var old = Account(org, "Old", ActiveClient, touchpoint: _now.AddDays(-200));
        var justOver = Account(org, "Just over", ActiveClient, touchpoint: _now.AddDays(-125));
        Account(org, "Under", ActiveClient, touchpoint: _now.AddDays(-100));
        var neverLongIn = Account(org, "Never, long in stage", BetweenEngagements, stageEnteredOn: _now.AddDays(-300));
        Account(org, "Never, new in stage", BetweenEngagements, stageEnteredOn: _now.AddDays(-30));
        Account(org, "Prospect", Prospect, touchpoint: _now.AddDays(-400));

        var rows = Run(org, "Account", "4f38bcb3-453e-44a3-9298-04c0d712f6e3");

        Assert.Equal(new[] { old, justOver, neverLongIn }.OrderBy(id => id), rows.OrderBy(id => id));
    }

    [Fact]
    public void Former_client_advocates_lists_only_former_clients_marked_advocate()
    {
        var org = Org();
        var advocate = Account(org, "Adv", FormerClient, sentiment: Advocate);
        Account(org, "Det", FormerClient, sentiment: Detractor);
        Account(org, "ActiveAdv", ActiveClient, sentiment: Advocate);

        var rows = Run(org, "Account", "c03a827a-b6f7-456f-a2fc-db5015691740");

        Assert.Equal(new[] { advocate }, rows);
    }

    [Fact]
    public void Journey_history_lists_every_transition_newest_first()
    {
        var org = Org();
        var account = Account(org, "A", ActiveClient);
        var older = Transition(org, account, _now.AddDays(-30));
        var newer = Transition(org, account, _now.AddDays(-1));

        // Creating the account wrote its first row (its birth into the journey, dated now): the newest.
        var birth = Assert.Single(org.RetrieveMultiple(new QueryExpression("cjp_stagetransition") { ColumnSet = new ColumnSet("cjp_transitionedon") }).Entities, row => row.GetAttributeValue<DateTime>("cjp_transitionedon") == _now).Id;
        var rows = Run(org, "cjp_stagetransition", "c961ec63-a6ca-449d-9d38-54649ad84d05");

        Assert.Equal(new[] { birth, newer, older }, rows);
    }

    [Fact]
    public void Open_nurture_tasks_lists_open_tasks_raised_by_a_nurture_rule_only()
    {
        var org = Org();
        var rule = org.Create(new Entity("cjp_nurturerule")
        {
            ["cjp_name"] = "Quiet",
            ["cjp_ruletype"] = new OptionSetValue(QuietRule),
            ["cjp_assigneetype"] = new OptionSetValue(AccountOwner),
            ["cjp_tasksubject"] = "Check in with {account.name}",
            ["cjp_stages"] = new OptionSetValueCollection { new OptionSetValue(ActiveClient) },
            ["cjp_thresholddays"] = 180,
        });
        var open = org.Create(new Entity("task") { ["subject"] = "nurture", ["cjp_nurtureruleid"] = new EntityReference("cjp_nurturerule", rule) });
        org.Create(new Entity("task") { ["subject"] = "plain" });

        var rows = Run(org, "Task", "0839cd6b-d88e-45a1-80e4-636c7c5fcb60");

        Assert.Equal(new[] { open }, rows);
    }

    private static Microsoft.Xrm.Sdk.IOrganizationService Org() =>
        ProductOrganization.Create(new ProductOrganizationOptions { Clock = new FixedClock(_now) });

    private static Guid[] Run(Microsoft.Xrm.Sdk.IOrganizationService org, string folder, string viewId)
    {
        // The view file sits in the repository; tests run from bin/, so walk up to the repository root.
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!Directory.Exists(Path.Combine(directory!.FullName, "solution-package")))
        {
            directory = directory.Parent;
        }

        var xml = File.ReadAllText(Path.Combine(directory.FullName, "solution-package", "src", "Entities", folder, "SavedQueries", "{" + viewId + "}.xml"));
        var fetch = Regex.Match(xml, "<fetchxml>(.*?)</fetchxml>", RegexOptions.Singleline).Groups[1].Value;
        return org.RetrieveMultiple(new FetchExpression(fetch)).Entities.Select(row => row.Id).ToArray();
    }

    private static Guid Account(Microsoft.Xrm.Sdk.IOrganizationService org, string name, int stage, int completed = 0, int serviceLines = 0, DateTime? touchpoint = null, int? sentiment = null, DateTime? stageEnteredOn = null)
    {
        var account = new Entity("account")
        {
            ["name"] = name,
            ["cjp_journeystage"] = new OptionSetValue(stage),
            ["cjp_completedengagementcount"] = completed,
            ["cjp_servicelinecount"] = serviceLines,
        };
        if (touchpoint is DateTime on)
        {
            account["cjp_lasttouchpointon"] = on;
        }

        if (sentiment is int value)
        {
            account["cjp_formersentiment"] = new OptionSetValue(value);
        }

        if (stageEnteredOn is DateTime entered)
        {
            account["cjp_stageenteredon"] = entered;
        }

        return org.Create(account);
    }

    private static Guid Transition(Microsoft.Xrm.Sdk.IOrganizationService org, Guid account, DateTime on) =>
        org.Create(new Entity("cjp_stagetransition")
        {
            ["cjp_name"] = "transition",
            ["cjp_accountid"] = new EntityReference("account", account),
            ["cjp_transitionedon"] = on,
        });
}
