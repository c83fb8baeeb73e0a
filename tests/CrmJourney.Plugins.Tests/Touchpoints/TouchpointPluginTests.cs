using System;
using System.Linq;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Registration;
using CrmJourney.Plugins.Tests.Hosted;
using CrmJourney.Plugins.Touchpoints;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Touchpoints;

/// <summary>
/// An activity saved already completed is counted by the synchronous Create step, inside the save; one
/// completed later by the asynchronous Update step, which each test runs by draining LocalOrg's async
/// queue as Dataverse's async service would. Budgets count the step's own requests: the save's requests
/// minus the save itself, or the drained job's.
/// </summary>
public sealed class TouchpointPluginTests
{
    private const int EmailValue = 573100000;
    private const int PhoneCallValue = 573100001;
    private const int MeetingValue = 573100002;
    private const int TaskValue = 573100003;

    private readonly JourneyOrg _org = JourneyOrg.Create(Day.Of(2026, 11, 23));

    [Fact]
    public void A_phone_call_saved_completed_is_the_accounts_last_touchpoint_and_is_counted()
    {
        var account = _org.Account("Contoso", JourneyStage.BetweenEngagements, completed: 1, with: a => a["cjp_touchpointcount"] = 4);

        _org.AsUser.Create(Activity("phonecall", new EntityReference("account", account), completedOn: Day.Of(2026, 11, 22)));
        _org.Org.DrainAsync();

        var stored = _org.ReadAccount(account);
        Assert.Equal(Day.Of(2026, 11, 22), stored.GetAttributeValue<DateTime>("cjp_lasttouchpointon"));
        Assert.Equal(PhoneCallValue, stored.Option("cjp_lasttouchpointchannel"));
        Assert.Equal(5, stored.GetAttributeValue<int>("cjp_touchpointcount"));
    }

    [Fact]
    public void An_email_to_a_contact_counts_for_the_contacts_parent_account()
    {
        var account = _org.Account("Contoso");
        var contact = SeedContact(account);

        _org.AsUser.Create(Activity("email", new EntityReference("contact", contact), completedOn: Day.Of(2026, 11, 21)));
        _org.Org.DrainAsync();

        var stored = _org.ReadAccount(account);
        Assert.Equal(EmailValue, stored.Option("cjp_lasttouchpointchannel"));
        Assert.Equal(1, stored.GetAttributeValue<int>("cjp_touchpointcount"));
    }

    [Fact]
    public void An_older_touchpoint_is_counted_but_never_moves_the_last_touchpoint_back()
    {
        var account = _org.Account("Contoso", with: a =>
        {
            a["cjp_lasttouchpointon"] = Day.Of(2026, 11, 20);
            a["cjp_lasttouchpointchannel"] = JourneyOrg.Choice(CrmJourney.Domain.Touchpoints.TouchpointChannel.Email);
            a["cjp_touchpointcount"] = 1;
        });

        _org.AsUser.Create(Activity("letter", new EntityReference("account", account), completedOn: Day.Of(2026, 10, 1)));
        _org.Org.DrainAsync();

        var stored = _org.ReadAccount(account);
        Assert.Equal(Day.Of(2026, 11, 20), stored.GetAttributeValue<DateTime>("cjp_lasttouchpointon"));
        Assert.Equal(EmailValue, stored.Option("cjp_lasttouchpointchannel"));
        Assert.Equal(2, stored.GetAttributeValue<int>("cjp_touchpointcount"));
    }

    [Fact]
    public void Completing_an_open_appointment_counts_it_as_a_meeting_and_saving_it_again_does_not_count_twice()
    {
        var account = _org.Account("Contoso");
        var appointment = _org.AsUser.Create(Activity("appointment", new EntityReference("account", account), completedOn: null));
        _org.Org.DrainAsync();

        _org.AsUser.Update(new Entity("appointment", appointment) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(3), ["actualend"] = Day.Of(2026, 11, 23) });
        _org.Org.DrainAsync();
        _org.AsUser.Update(new Entity("appointment", appointment) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(3) });
        _org.Org.DrainAsync();

        var stored = _org.ReadAccount(account);
        Assert.Equal(MeetingValue, stored.Option("cjp_lasttouchpointchannel"));
        Assert.Equal(1, stored.GetAttributeValue<int>("cjp_touchpointcount"));
    }

    [Fact]
    public void An_activity_regarding_nothing_with_no_parties_is_a_traced_no_op_after_one_read()
    {
        // The save (1) + the step's one read, which finds no account (1) = 2; no write.
        var requests = _org.CountRequests(() => _org.AsUser.Create(Activity("phonecall", regarding: null, completedOn: Day.Of(2026, 11, 22))));

        Assert.Equal(2, requests);
        Assert.Contains(_org.Org.Traces, t => t.Text.Contains("Not a touchpoint: the activity regards no account", StringComparison.Ordinal));
    }

    [Fact]
    public void A_contact_without_an_account_is_a_no_op_after_one_read()
    {
        var contact = SeedContact(account: null);

        // The save (1) + 1 query that finds no parent account; no account read, no write.
        var requests = _org.CountRequests(() => _org.AsUser.Create(Activity("email", new EntityReference("contact", contact), completedOn: Day.Of(2026, 11, 22))));

        Assert.Equal(2, requests);
    }

    [Fact]
    public void A_cancelled_activity_is_not_a_touchpoint()
    {
        var account = _org.Account("Contoso");
        var call = Activity("phonecall", new EntityReference("account", account), completedOn: null);
        call["statecode"] = new OptionSetValue(2);
        call["statuscode"] = new OptionSetValue(3);

        _org.AsUser.Create(call);
        _org.Org.DrainAsync();

        Assert.Null(_org.ReadAccount(account).GetAttributeValue<int?>("cjp_touchpointcount"));
    }

    [Fact]
    public void An_open_nurture_task_is_no_touchpoint_until_someone_completes_it()
    {
        var account = _org.Account("Contoso");
        var rule = SeedRule(NurtureRuleType.AdvocateCheckIn);
        var task = Activity("task", new EntityReference("account", account), completedOn: null);
        task["cjp_nurtureruleid"] = new EntityReference("cjp_nurturerule", rule);
        var taskId = _org.AsUser.Create(task);
        _org.Org.DrainAsync();
        Assert.Null(_org.ReadAccount(account).GetAttributeValue<int?>("cjp_touchpointcount"));

        _org.AsUser.Update(new Entity("task", taskId) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(5), ["actualend"] = Day.Of(2026, 11, 23) });
        _org.Org.DrainAsync();

        var stored = _org.ReadAccount(account);
        Assert.Equal(1, stored.GetAttributeValue<int>("cjp_touchpointcount"));
        Assert.Equal(TaskValue, stored.Option("cjp_lasttouchpointchannel"));
    }

    [Fact]
    public void A_touchpoint_closes_the_open_quiet_task_which_is_then_not_counted_again()
    {
        var account = _org.Account("Contoso", JourneyStage.BetweenEngagements, completed: 1);
        var quiet = SeedRule(NurtureRuleType.Quiet);
        var quietTask = SeedOpenTask(account, quiet);
        var otherRuleTask = SeedOpenTask(account, SeedRule(NurtureRuleType.Pigeonholed));

        _org.AsUser.Create(Activity("email", new EntityReference("account", account), completedOn: Day.Of(2026, 11, 23)));
        _org.Org.DrainAsync();

        var closed = _org.Read("task", quietTask, "statecode", "statuscode", "actualend");
        Assert.Equal(1, closed.Option("statecode"));
        Assert.Equal(5, closed.Option("statuscode"));
        Assert.Equal(Day.Of(2026, 11, 23), closed.GetAttributeValue<DateTime>("actualend"));
        Assert.Equal(0, _org.Read("task", otherRuleTask, "statecode").Option("statecode"));
        var stored = _org.ReadAccount(account);
        Assert.Equal(1, stored.GetAttributeValue<int>("cjp_touchpointcount"));
        Assert.Equal(EmailValue, stored.Option("cjp_lasttouchpointchannel"));
    }

    [Fact]
    public void A_touchpoint_costs_three_requests()
    {
        var account = _org.Account("Contoso");

        // The save (1), then the Create step: 1 query (the activity, its parties and regarding row resolved to
        // accounts) + 1 query (the account + its open nurture tasks) + 1 account update = 3 (budget 3).
        var requests = _org.CountRequests(() => _org.AsUser.Create(Activity("phonecall", new EntityReference("account", account), completedOn: Day.Of(2026, 11, 22))));

        Assert.Equal(1 + 3, requests);
    }

    [Fact]
    public void A_touchpoint_that_closes_a_quiet_task_costs_four_requests_and_the_closed_tasks_job_two()
    {
        var account = _org.Account("Contoso");
        SeedOpenTask(account, SeedRule(NurtureRuleType.Quiet));

        // The call's Create step: 2 queries + 1 account update + 1 task update (close) = 4, after the save's 1.
        var save = _org.CountRequests(() => _org.AsUser.Create(Activity("phonecall", new EntityReference("account", account), completedOn: Day.Of(2026, 11, 22))));

        // The closed task's own job: 2 queries, which find it already counted; no write.
        var job = _org.CountRequests(() => _org.Org.DrainAsync());

        Assert.Equal(1 + 4, save);
        Assert.Equal(2, job);
        Assert.Equal(1, _org.ReadAccount(account).GetAttributeValue<int>("cjp_touchpointcount"));
    }

    [Fact]
    public void A_phone_call_completed_with_set_state_moves_the_last_touchpoint_once_in_one_request_and_a_two_request_job()
    {
        var account = _org.Account("Contoso", JourneyStage.BetweenEngagements, completed: 1, with: a =>
        {
            a["cjp_lasttouchpointon"] = Day.Of(2026, 10, 1);
            a["cjp_lasttouchpointchannel"] = JourneyOrg.Choice(CrmJourney.Domain.Touchpoints.TouchpointChannel.Email);
            a["cjp_touchpointcount"] = 3;
        });
        var call = _org.AsUser.Create(Activity("phonecall", new EntityReference("account", account), completedOn: null));
        _org.Org.DrainAsync();

        // Completing it the legacy way: SetState runs the Update pipeline, where the touchpoint step is registered.
        var setState = _org.CountRequests(() => _org.AsUser.Execute(new SetStateRequest { EntityMoniker = new EntityReference("phonecall", call), State = new OptionSetValue(1), Status = new OptionSetValue(2) }));
        var job = _org.CountRequests(() => _org.Org.DrainAsync());

        var stored = _org.ReadAccount(account);
        Assert.Equal(Day.Of(2026, 11, 23), stored.GetAttributeValue<DateTime>("cjp_lasttouchpointon"));
        Assert.Equal(PhoneCallValue, stored.Option("cjp_lasttouchpointchannel"));
        Assert.Equal(4, stored.GetAttributeValue<int>("cjp_touchpointcount"));

        // The SetState itself is 1 request; its async job is 2 queries (the activity's reach; the account + open nurture tasks) + 1 account update = 3.
        Assert.Equal(1, setState);
        Assert.Equal(3, job);
    }

    [Fact]
    public void The_touchpoint_steps_register_on_create_and_update_only_so_a_set_state_is_processed_once()
    {
        var messages = typeof(TouchpointPlugin).GetCustomAttributes(typeof(PluginStepAttribute), inherit: false).Cast<PluginStepAttribute>().ToList();

        Assert.Equal(10, messages.Count);
        Assert.All(messages, step => Assert.Contains(step.Message, new[] { MessageNames.Create, MessageNames.Update }));
        Assert.All(messages.Where(step => step.Message == MessageNames.Update), step => Assert.Equal("statecode", step.FilteringAttributes));
        Assert.All(messages.Where(step => step.Message == MessageNames.Update), step => Assert.Equal(ExecutionMode.Asynchronous, step.Mode));

        // Create steps cannot filter, so an asynchronous one would queue a job for every open activity saved.
        Assert.All(messages.Where(step => step.Message == MessageNames.Create), step => Assert.Equal(ExecutionMode.Synchronous, step.Mode));
    }

    private static Entity Activity(string table, EntityReference? regarding, DateTime? completedOn)
    {
        var activity = new Entity(table) { ["subject"] = "Catch-up" };
        if (regarding != null)
        {
            activity["regardingobjectid"] = regarding;
        }

        if (completedOn != null)
        {
            activity["statecode"] = new OptionSetValue(1);
            activity["actualend"] = completedOn;
        }

        return activity;
    }

    private Guid SeedContact(Guid? account)
    {
        var contact = new Entity("contact", Guid.NewGuid()) { ["fullname"] = "Ann Lee" };
        if (account != null)
        {
            contact["parentcustomerid"] = new EntityReference("account", account.Value);
        }

        _org.Seed(contact);
        return contact.Id;
    }

    private Guid SeedRule(NurtureRuleType type)
    {
        var rule = new Entity("cjp_nurturerule", Guid.NewGuid()) { ["cjp_name"] = type + " rule", ["cjp_ruletype"] = JourneyOrg.Choice(type) };
        _org.Seed(rule);
        return rule.Id;
    }

    private Guid SeedOpenTask(Guid account, Guid rule)
    {
        var task = new Entity("task", Guid.NewGuid())
        {
            ["subject"] = "Check in",
            ["regardingobjectid"] = new EntityReference("account", account),
            ["cjp_nurtureruleid"] = new EntityReference("cjp_nurturerule", rule),
            ["statecode"] = new OptionSetValue(0),
            ["statuscode"] = new OptionSetValue(2),
        };
        _org.Seed(task);
        return task.Id;
    }
}
