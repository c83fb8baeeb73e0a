using System;
using System.Linq;
using System.Threading;
using CrmJourney.Plugins.Schema;
using CrmJourney.Plugins.Sweep;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Sweep;

/// <summary>
/// Two sweeps at once, or a sweep racing another that commits first: the cjp_nurturelog alternate key
/// (rule + account + window) lets one firing through, so no task is ever created twice.
/// </summary>
public sealed class NurtureSweepConcurrencyTests
{
    [Fact]
    public void Two_concurrent_sweeps_with_the_same_as_of_create_each_task_and_digest_once()
    {
        var world = new SweepWorld();
        world.AllRules();
        var accounts = new[] { world.QuietLtd(), world.PigeonPlc(), world.AdvocateSa(), world.LaterGmbh() };

        // Both sweeps have read and decided before either writes a log: the worst interleaving.
        using var bothDecided = new Barrier(2);
        NurtureSweepResult RunOne() =>
            world.Sweep(service: new InterceptingService(world.Org, _ => bothDecided.SignalAndWait(TimeSpan.FromSeconds(30))));
        NurtureSweepResult? first = null;
        NurtureSweepResult? second = null;
        var one = new Thread(() => first = RunOne());
        var two = new Thread(() => second = RunOne());
        one.Start();
        two.Start();
        one.Join();
        two.Join();

        Assert.Equal(4, world.Tasks.Count);
        Assert.All(accounts, a => world.TaskRegarding(a));
        Assert.Equal(6, world.Logs.Count);
        Assert.Equal(2, world.Emails.Count);
        Assert.Equal(4, first!.Summary.TasksCreated + second!.Summary.TasksCreated);
        Assert.Equal(4, first.Summary.SkippedConcurrent + second.Summary.SkippedConcurrent);
    }

    [Fact]
    public void A_sweep_that_finds_its_firings_recorded_by_another_sweep_meanwhile_creates_no_tasks_for_them()
    {
        var world = new SweepWorld();
        world.QuietRule();
        world.NotNowRule();
        world.QuietLtd();
        var later = world.LaterGmbh();
        var service = new InterceptingService(world.Org, logs => world.Org.Seed(new[] { logs.Entities.Single(l => l.GetAttributeValue<EntityReference>(NurtureLog.Columns.AccountId)!.Id == later) }));

        var result = world.Sweep(service: service);

        var task = Assert.Single(world.Tasks);
        Assert.Equal("Check in with Quiet Ltd", task.GetAttributeValue<string>(Task.Columns.Subject));
        Assert.Equal(1, result.Summary.SkippedConcurrent);
        Assert.Equal(2, world.Logs.Count);
    }

    [Fact]
    public void Inside_a_transaction_a_clash_with_another_sweep_is_refused_with_what_to_do()
    {
        var world = new SweepWorld();
        world.QuietRule();
        world.QuietLtd();
        var service = new InterceptingService(world.Org, logs => world.Org.Seed(logs.Entities));

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => world.Sweep(SweepWorld.LocalOptions with { RecoverFromDuplicateKeys = false }, service: service));

        Assert.StartsWith("Another nurture sweep recorded some of the same firings at the same time", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Run cjp_RunNurtureSweep again with the same continuation token", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(world.Tasks);
    }
}
