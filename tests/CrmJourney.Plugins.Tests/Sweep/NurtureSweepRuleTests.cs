using System;
using System.Linq;
using CrmJourney.Domain.Journey;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using StageTransition = CrmJourney.Plugins.Schema.StageTransition;

namespace CrmJourney.Plugins.Tests.Sweep;

/// <summary>
/// What one sweep as of 2026-11-20 06:00 UTC writes for each rule type. Expected texts are worked out by
/// hand from the rules' templates and the accounts' dates (e.g. 2026-07-03 → 2026-11-20 is 140 days).
/// </summary>
public sealed class NurtureSweepRuleTests
{
    [Fact]
    public void A_quiet_client_gets_a_task_for_its_relationship_partner_with_the_rule_texts_and_due_date()
    {
        var world = new SweepWorld();
        var rule = world.QuietRule();
        var account = world.QuietLtd();

        world.Sweep();

        var task = world.TaskRegarding(account);
        Assert.Equal("Check in with Quiet Ltd", task.GetAttributeValue<string>(Task.Columns.Subject));
        Assert.Equal("No touchpoint for 140 days; last: meeting on 2026-07-03 (due 2026-11-27)", task.GetAttributeValue<string>(Task.Columns.Description));
        Assert.Equal(SweepWorld.Alice, task.GetAttributeValue<EntityReference>(Task.Columns.OwnerId)!.Id);
        Assert.Equal(SystemUser.LogicalName, task.GetAttributeValue<EntityReference>(Task.Columns.OwnerId)!.LogicalName);
        Assert.Equal(SweepWorld.Day(2026, 11, 27), task.GetAttributeValue<DateTime>(Task.Columns.ScheduledEnd));
        Assert.Equal(2, task.GetAttributeValue<OptionSetValue>(Task.Columns.PriorityCode)!.Value);
        Assert.Equal(rule, task.GetAttributeValue<EntityReference>(Task.Columns.NurtureRuleId)!.Id);
    }

    [Fact]
    public void A_pigeonholed_client_gets_a_task_for_its_last_engagement_partner_naming_the_other_service_lines()
    {
        var world = new SweepWorld();
        world.PigeonholedRule();
        var account = world.PigeonPlc();

        world.Sweep();

        var task = world.TaskRegarding(account);
        Assert.Equal("Introduce more services to Pigeon plc", task.GetAttributeValue<string>(Task.Columns.Subject));
        Assert.Equal("Tax advisory only; offer Audit, Transaction services", task.GetAttributeValue<string>(Task.Columns.Description));
        Assert.Equal(SweepWorld.Bob, task.GetAttributeValue<EntityReference>(Task.Columns.OwnerId)!.Id);
        Assert.Equal(SweepWorld.Day(2026, 12, 4), task.GetAttributeValue<DateTime>(Task.Columns.ScheduledEnd));
        Assert.Equal(1, task.GetAttributeValue<OptionSetValue>(Task.Columns.PriorityCode)!.Value);
        var log = Assert.Single(world.Logs);
        Assert.Equal("Bought only Tax advisory in 4 engagements; introduce Audit, Transaction services", log.GetAttributeValue<string>(NurtureLog.Columns.Reason));
    }

    [Fact]
    public void An_advocate_not_contacted_for_the_threshold_gets_a_check_in_task()
    {
        var world = new SweepWorld();
        world.AdvocateRule();
        var account = world.AdvocateSa();

        world.Sweep();

        var task = world.TaskRegarding(account);
        Assert.Equal("Catch up with Advocate SA", task.GetAttributeValue<string>(Task.Columns.Subject));
        Assert.Equal("Advocate not contacted for 233 days; last: email on 2026-04-01", task.GetAttributeValue<string>(Task.Columns.Description));
        Assert.Equal(SweepWorld.Alice, task.GetAttributeValue<EntityReference>(Task.Columns.OwnerId)!.Id);
        Assert.Equal(SweepWorld.Day(2026, 11, 30), task.GetAttributeValue<DateTime>(Task.Columns.ScheduledEnd));
        Assert.Equal(0, task.GetAttributeValue<OptionSetValue>(Task.Columns.PriorityCode)!.Value);
    }

    [Fact]
    public void A_not_now_prospect_whose_revisit_date_has_come_gets_a_task_for_the_account_owner_due_today()
    {
        var world = new SweepWorld();
        world.NotNowRule();
        var account = world.LaterGmbh();

        world.Sweep();

        var task = world.TaskRegarding(account);
        Assert.Equal("Revisit Later GmbH", task.GetAttributeValue<string>(Task.Columns.Subject));
        Assert.Equal("Revisit planned for 2026-11-15", task.GetAttributeValue<string>(Task.Columns.Description));
        Assert.Equal(SweepWorld.Olivia, task.GetAttributeValue<EntityReference>(Task.Columns.OwnerId)!.Id);
        Assert.Equal(SweepWorld.Day(2026, 11, 20), task.GetAttributeValue<DateTime>(Task.Columns.ScheduledEnd));
    }

    [Fact]
    public void Every_firing_is_logged_under_rule_account_and_the_as_of_date_and_linked_to_its_task()
    {
        var world = new SweepWorld();
        var rule = world.QuietRule();
        var account = world.QuietLtd();

        world.Sweep();

        var log = Assert.Single(world.Logs);
        var task = world.TaskRegarding(account);
        Assert.Equal(rule, log.GetAttributeValue<EntityReference>(NurtureLog.Columns.NurtureRuleId)!.Id);
        Assert.Equal(account, log.GetAttributeValue<EntityReference>(NurtureLog.Columns.AccountId)!.Id);
        Assert.Equal("2026-11-20", log.GetAttributeValue<string>(NurtureLog.Columns.Window));
        Assert.Equal(SweepWorld.AsOf, log.GetAttributeValue<DateTime>(NurtureLog.Columns.FiredOn));
        Assert.Equal(task.Id, log.GetAttributeValue<EntityReference>(NurtureLog.Columns.TaskId)!.Id);
        Assert.Equal(SweepWorld.Alice, log.GetAttributeValue<EntityReference>(NurtureLog.Columns.AssignedToId)!.Id);
    }

    [Fact]
    public void A_second_sweep_with_the_same_as_of_creates_nothing_twice()
    {
        var world = new SweepWorld();
        world.AllRules();
        world.QuietLtd();
        world.PigeonPlc();
        world.AdvocateSa();
        world.LaterGmbh();
        world.Sweep();
        var (tasks, logs, emails) = (world.Tasks.Count, world.Logs.Count, world.Emails.Count);

        var second = world.Sweep();

        Assert.Equal(4, tasks);
        Assert.Equal(6, logs);
        Assert.Equal(2, emails);
        Assert.Equal((tasks, logs, emails), (world.Tasks.Count, world.Logs.Count, world.Emails.Count));
        Assert.Equal(0, second.Summary.TasksCreated);
        Assert.Equal(0, second.Summary.DigestsCreated);

        // The four tasks are still open, so each account rule is held back; with nothing flagged, no digest is due.
        Assert.Equal(4, second.Summary.SkippedOpenTask);
    }

    [Fact]
    public void A_firing_within_the_cooldown_is_skipped_and_counted()
    {
        var world = new SweepWorld();
        var rule = world.QuietRule(cooldown: 30);
        var account = world.QuietLtd();
        world.PriorFiring(rule, account, SweepWorld.Day(2026, 11, 1), taskOpen: false);

        var result = world.Sweep();

        Assert.DoesNotContain(world.Tasks, t => t.GetAttributeValue<string>(Task.Columns.Subject) == "Check in with Quiet Ltd");
        Assert.Equal(1, result.Summary.SkippedForCooldown);
        Assert.Equal(0, result.Summary.TasksCreated);
    }

    [Fact]
    public void A_firing_older_than_the_cooldown_with_its_task_done_fires_again()
    {
        var world = new SweepWorld();
        var rule = world.QuietRule(cooldown: 30);
        var account = world.QuietLtd();
        world.PriorFiring(rule, account, SweepWorld.Day(2026, 10, 1), taskOpen: false);

        var result = world.Sweep();

        Assert.Equal(1, result.Summary.TasksCreated);
        Assert.Single(world.Tasks, t => t.GetAttributeValue<string>(Task.Columns.Subject) == "Check in with Quiet Ltd");
    }

    [Fact]
    public void An_earlier_task_still_open_blocks_a_new_one_even_after_the_cooldown()
    {
        var world = new SweepWorld();
        var rule = world.QuietRule(cooldown: 30);
        var account = world.QuietLtd();
        world.PriorFiring(rule, account, SweepWorld.Day(2026, 9, 1), taskOpen: true);

        var result = world.Sweep();

        Assert.Equal(1, result.Summary.SkippedOpenTask);
        Assert.Equal(0, result.Summary.TasksCreated);
    }

    [Fact]
    public void Detractors_are_never_nurtured_and_are_counted_once_per_rule()
    {
        var world = new SweepWorld();
        world.AllRules();
        var grumpy = world.GrumpyInc();

        var result = world.Sweep();

        Assert.DoesNotContain(world.Tasks, t => t.GetAttributeValue<EntityReference>(Task.Columns.RegardingObjectId)!.Id == grumpy);
        Assert.Empty(world.Emails);
        Assert.Equal(4, result.Summary.SkippedDetractors);
    }

    [Fact]
    public void An_invalid_rule_is_skipped_and_reported_while_the_valid_rules_still_fire()
    {
        var world = new SweepWorld();
        world.QuietRule(name: "Broken quiet", threshold: 0);
        world.NotNowRule();
        world.QuietLtd();
        var later = world.LaterGmbh();

        var result = world.Sweep();

        var invalid = Assert.Single(result.Summary.InvalidRules);
        Assert.Equal("Broken quiet", invalid.Name);
        Assert.Contains(invalid.Problems, p => p.Field == "thresholdDays");
        Assert.Contains("\"Broken quiet\"", result.Summary.ToJson(), StringComparison.Ordinal);
        Assert.Equal(later, Assert.Single(world.Tasks).GetAttributeValue<EntityReference>(Task.Columns.RegardingObjectId)!.Id);
    }

    [Fact]
    public void A_dry_run_writes_nothing_and_reports_what_it_would_create()
    {
        var world = new SweepWorld();
        world.AllRules();
        world.QuietLtd();
        world.PigeonPlc();
        world.AdvocateSa();
        world.LaterGmbh();
        var sleepy = world.SleepyAg();
        var before = (world.Tasks.Count, world.Logs.Count, world.Emails.Count);

        var result = world.Sweep(SweepWorld.LocalOptions with { DryRun = true });

        Assert.Equal(before, (world.Tasks.Count, world.Logs.Count, world.Emails.Count));
        Assert.Equal(JourneyStage.BetweenEngagements, Choices.ToEnum<JourneyStage>(world.AccountRow(sleepy).GetAttributeValue<OptionSetValue>(Account.Columns.JourneyStage)));
        Assert.True(result.Summary.DryRun);
        Assert.Equal(1, result.Summary.Transitions);
        Assert.Equal(0, result.Summary.TasksCreated);
        Assert.Equal(new[] { 1, 1, 1, 1, 2 }, result.Summary.Rules.OrderBy(r => r.Type).Select(r => r.Fired));
        Assert.Contains(result.Summary.Firings, f => f.Subject == "Check in with Quiet Ltd" && f.AssigneeId == SweepWorld.Alice && f.DueOn == SweepWorld.Day(2026, 11, 27));
        Assert.Contains(result.Summary.Firings, f => f.Subject == "Accounts needing attention for Alice Martin" && f.AccountId is null);
        Assert.Equal(0, world.Org.Requests("CreateMultiple") + world.Org.Requests("UpdateMultiple") + world.Org.Requests("Create") + world.Org.Requests("SendEmail"));
    }

    [Fact]
    public void A_dormant_between_engagements_account_moves_to_former_client_with_exactly_one_transition()
    {
        var world = new SweepWorld();
        world.QuietRule();
        var sleepy = world.SleepyAg();
        var quiet = world.QuietLtd();

        var first = world.Sweep();
        var second = world.Sweep();

        var moved = world.AccountRow(sleepy);
        Assert.Equal(JourneyStage.FormerClient, Choices.ToEnum<JourneyStage>(moved.GetAttributeValue<OptionSetValue>(Account.Columns.JourneyStage)));
        Assert.Equal(SweepWorld.AsOf, moved.GetAttributeValue<DateTime>(Account.Columns.StageEnteredOn));
        Assert.Equal(JourneyStage.BetweenEngagements, Choices.ToEnum<JourneyStage>(world.AccountRow(quiet).GetAttributeValue<OptionSetValue>(Account.Columns.JourneyStage)));
        Assert.Equal(1, first.Summary.Transitions);
        Assert.Equal(0, second.Summary.Transitions);
        var history = Assert.Single(world.Org.Rows(StageTransition.LogicalName));
        Assert.Equal(sleepy, history.GetAttributeValue<EntityReference>(StageTransition.Columns.AccountId)!.Id);
        Assert.Equal(Choices.ToOptionSetValue(JourneyStage.BetweenEngagements), history[StageTransition.Columns.FromStage]);
        Assert.Equal(Choices.ToOptionSetValue(JourneyStage.FormerClient), history[StageTransition.Columns.ToStage]);
        Assert.Equal(Choices.ToOptionSetValue(TransitionTrigger.Dormancy), history[StageTransition.Columns.Trigger]);
        Assert.Equal(SweepWorld.AsOf, history.GetAttributeValue<DateTime>(StageTransition.Columns.TransitionedOn));

        // In the stage since 2024-10-01: 2024-10-01 → 2026-11-20 is 730 + 50 days.
        Assert.Equal(780, history.GetAttributeValue<int>(StageTransition.Columns.DaysInPreviousStage));
        Assert.DoesNotContain(world.Tasks, t => t.GetAttributeValue<EntityReference>(Task.Columns.RegardingObjectId)!.Id == sleepy);
    }

    [Fact]
    public void A_dormancy_move_carries_the_engagement_counters_that_mark_it_as_the_products_own_write()
    {
        var world = new SweepWorld();
        var sleepy = world.SleepyAg();
        var recorder = new RecordingService(world.Org);

        world.Sweep(service: recorder);

        var move = Assert.Single(recorder.Executed.OfType<UpdateMultipleRequest>(), r => r.Targets!.EntityName == Account.LogicalName);
        var target = Assert.Single(move.Targets!.Entities);
        Assert.Equal(sleepy, target.Id);
        Assert.Equal(Choices.ToOptionSetValue(JourneyStage.FormerClient), target[Account.Columns.JourneyStage]);
        Assert.Equal(0, target[Account.Columns.ActiveEngagementCount]);
        Assert.Equal(1, target[Account.Columns.CompletedEngagementCount]);
    }

    [Fact]
    public void A_sweep_filtered_to_one_rule_runs_only_that_rule_and_moves_no_dormant_accounts()
    {
        var world = new SweepWorld();
        world.QuietRule();
        var notNow = world.NotNowRule();
        world.QuietLtd();
        var later = world.LaterGmbh();
        var sleepy = world.SleepyAg();

        var result = world.Sweep(SweepWorld.LocalOptions with { RuleId = notNow });

        Assert.Equal(later, Assert.Single(world.Tasks).GetAttributeValue<EntityReference>(Task.Columns.RegardingObjectId)!.Id);
        Assert.Equal(0, result.Summary.Transitions);
        Assert.Equal(JourneyStage.BetweenEngagements, Choices.ToEnum<JourneyStage>(world.AccountRow(sleepy).GetAttributeValue<OptionSetValue>(Account.Columns.JourneyStage)));
    }
}
