using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Plugins.Schema;
using CrmJourney.Plugins.Sweep;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Sweep;

/// <summary>
/// The time budget and continuation tokens: a sweep pauses at a page boundary, resuming from the token
/// ends with exactly what one uninterrupted run writes and reports, and a token that was altered, comes
/// from elsewhere or contradicts the call is refused with a message that says what to do.
/// </summary>
public sealed class NurtureSweepResumeTests
{
    private static readonly NurtureSweepOptions _smallPages = SweepWorld.LocalOptions with { PageSize = 2 };

    [Fact]
    public void A_sweep_whose_budget_runs_out_after_the_first_page_returns_a_token_and_is_not_completed()
    {
        var world = Populated();

        // Each page "takes" 50 s of the 90 s budget: after page 1, 50 s used + 50 s for the next page > 90 s.
        var result = world.Sweep(_smallPages, stopwatch: new StepStopwatch(TimeSpan.FromSeconds(50)));

        Assert.False(result.Completed);
        Assert.False(result.Summary.Completed);
        Assert.StartsWith("cjps1.", result.ContinuationToken, StringComparison.Ordinal);
        Assert.Equal(1, result.Summary.Pages);
        Assert.Equal(2, result.Summary.EvaluatedAccounts);
        Assert.Empty(world.Emails);
    }

    [Fact]
    public void Resuming_from_tokens_ends_with_the_same_rows_and_totals_as_one_uninterrupted_sweep()
    {
        var whole = Populated();
        var uninterrupted = whole.Sweep(_smallPages);
        var paused = Populated();

        var calls = new List<NurtureSweepResult> { paused.Sweep(_smallPages, stopwatch: new StepStopwatch(TimeSpan.FromSeconds(50))) };
        while (calls[^1].ContinuationToken is { } token)
        {
            calls.Add(paused.Sweep(_smallPages, token, new StepStopwatch(TimeSpan.FromSeconds(50))));
        }

        // Four calls of one page each, then a fifth for the digests alone: the last page left the call at 100 s,
        // more than half the 90 s budget, so the digests (which re-read every flagged account) get a call of their own.
        Assert.True(uninterrupted.Completed);
        Assert.Equal(5, calls.Count);
        Assert.Equal((7, 0), (calls[^2].Summary.EvaluatedAccounts, calls[^2].Summary.DigestsCreated));
        Assert.Equal((7, 2), (calls[^1].Summary.EvaluatedAccounts, calls[^1].Summary.DigestsCreated));
        Assert.Equal(Describe(whole.Tasks, Task.Columns.Subject, Task.Columns.Description, Task.Columns.RegardingObjectId, Task.Columns.OwnerId, Task.Columns.ScheduledEnd), Describe(paused.Tasks, Task.Columns.Subject, Task.Columns.Description, Task.Columns.RegardingObjectId, Task.Columns.OwnerId, Task.Columns.ScheduledEnd));
        Assert.Equal(Describe(whole.Logs, NurtureLog.Columns.NurtureRuleId, NurtureLog.Columns.AccountId, NurtureLog.Columns.Window, NurtureLog.Columns.Reason), Describe(paused.Logs, NurtureLog.Columns.NurtureRuleId, NurtureLog.Columns.AccountId, NurtureLog.Columns.Window, NurtureLog.Columns.Reason));
        Assert.Equal(Describe(whole.Emails, Email.Columns.Subject, Email.Columns.Description, Email.Columns.OwnerId, Email.Columns.StateCode), Describe(paused.Emails, Email.Columns.Subject, Email.Columns.Description, Email.Columns.OwnerId, Email.Columns.StateCode));
        Assert.Equal(Describe(whole.Org.Rows(Account.LogicalName), Account.Columns.JourneyStage, Account.Columns.StageEnteredOn), Describe(paused.Org.Rows(Account.LogicalName), Account.Columns.JourneyStage, Account.Columns.StageEnteredOn));
        Assert.Equal(Describe(whole.Org.Rows(StageTransition.LogicalName), StageTransition.Columns.AccountId, StageTransition.Columns.ToStage, StageTransition.Columns.Trigger), Describe(paused.Org.Rows(StageTransition.LogicalName), StageTransition.Columns.AccountId, StageTransition.Columns.ToStage, StageTransition.Columns.Trigger));
        var last = calls[^1].Summary;
        Assert.Equal(
            (uninterrupted.Summary.Pages, uninterrupted.Summary.EvaluatedAccounts, uninterrupted.Summary.TasksCreated, uninterrupted.Summary.Transitions, uninterrupted.Summary.DigestsCreated, uninterrupted.Summary.SkippedDetractors),
            (last.Pages, last.EvaluatedAccounts, last.TasksCreated, last.Transitions, last.DigestsCreated, last.SkippedDetractors));
        Assert.Equal(uninterrupted.Summary.Rules.Select(r => (r.Name, r.Fired)), last.Rules.Select(r => (r.Name, r.Fired)));
        Assert.Equal((7, 5, 1, 2), (last.EvaluatedAccounts, last.TasksCreated, last.Transitions, last.DigestsCreated));
    }

    [Fact]
    public void A_token_with_a_changed_character_is_refused_with_a_clear_message()
    {
        var world = Populated();
        var token = world.Sweep(_smallPages, stopwatch: new StepStopwatch(TimeSpan.FromSeconds(50))).ContinuationToken!;
        var payloadStart = token.IndexOf('.', StringComparison.Ordinal) + 5;
        var tampered = token.Substring(0, payloadStart) + (token[payloadStart] == 'A' ? 'B' : 'A') + token.Substring(payloadStart + 1);

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => world.Sweep(_smallPages, tampered));

        Assert.Equal(
            "The continuation token was refused: its checksum does not match its content, so it was changed or cut short. "
            + "Pass the token exactly as the previous call of cjp_RunNurtureSweep returned it, or start a new sweep without a token.",
            refusal.Message);
    }

    [Fact]
    public void A_token_that_is_not_a_sweep_token_is_refused()
    {
        var world = Populated();

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => world.Sweep(_smallPages, "eyJwYWdlIjoyfQ"));

        Assert.StartsWith("The continuation token was refused: it is not a nurture sweep token of this version.", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Continuing_a_real_sweep_as_a_dry_run_is_refused()
    {
        var world = Populated();
        var token = world.Sweep(_smallPages, stopwatch: new StepStopwatch(TimeSpan.FromSeconds(50))).ContinuationToken!;

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => world.Sweep(_smallPages with { DryRun = true }, token));

        Assert.Contains("continue it with the same DryRun and RuleId", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resumed_sweep_keeps_the_as_of_instant_of_its_first_call()
    {
        var world = Populated();
        var token = world.Sweep(_smallPages, stopwatch: new StepStopwatch(TimeSpan.FromSeconds(50))).ContinuationToken!;

        var later = new NurtureSweep(world.Org, new Domain.Time.FixedClock(SweepWorld.AsOf.AddDays(3)), _ => { }, _smallPages).Run(token);

        Assert.Equal(SweepWorld.AsOf, later.Summary.AsOf);
        Assert.All(world.Logs, l => Assert.Equal(SweepWorld.AsOf, l.GetAttributeValue<DateTime>(NurtureLog.Columns.FiredOn)));
    }

    /// <summary>Seven accounts (four pages of two), five firing tasks, one dormant, one detractor, digests for Alice and Olivia.</summary>
    private static SweepWorld Populated()
    {
        var world = new SweepWorld();
        world.AllRules();
        world.QuietLtd();
        world.PigeonPlc();
        world.AdvocateSa();
        world.LaterGmbh();
        world.GrumpyInc();
        world.SleepyAg();
        world.QuietLtd("Quiet Too Ltd");
        return world;
    }

    private static List<string> Describe(IEnumerable<Entity> rows, params string[] columns) =>
        rows.Select(row => string.Join(" | ", columns.Select(c => row.Attributes.TryGetValue(c, out var value) ? Text(value) : "-")))
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();

    private static string Text(object? value) => value switch
    {
        EntityReference reference => reference.Id.ToString(),
        OptionSetValue option => option.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DateTime date => date.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "-",
    };
}
