using System;
using System.Linq;
using System.Threading;
using CrmJourney.Plugins.Schema;
using CrmJourney.Plugins.Sweep;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Sweep;

/// <summary>
/// Two sweeps at once, or a sweep racing another that commits first: the cjp_nurturelog alternate keys
/// (rule + account + window, and the same as one cjp_dedupekey text, which also covers partner digests)
/// let one firing through, so no task or digest email is ever created twice.
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

    [Fact]
    public void Two_sweeps_that_both_pass_the_digest_read_before_either_writes_send_one_digest_per_partner()
    {
        // Two Quiet accounts of Alice's on two pages. Both sweeps read page 1 before either writes; A records
        // page 1's firing and B page 2's, so both end with a flagged account for Alice; then both read the
        // digest logs (none yet) and only then write: the interleaving a read-before-write dedupe cannot stop.
        var world = new SweepWorld();
        world.QuietRule();
        world.DigestRule(sendEmail: true);
        world.QuietLtd("Quiet Ltd");
        world.QuietLtd("Hushed Ltd");
        var options = SweepWorld.LocalOptions with { PageSize = 1 };
        using var bothReadPageOne = new Barrier(2);
        using var aPastPageOne = new ManualResetEventSlim();
        using var bPastPageTwo = new ManualResetEventSlim();
        using var bothReadDigestLogs = new Barrier(2);
        var timeout = TimeSpan.FromSeconds(30); // a missed interleaving shows in the assertions, not as a hang
        NurtureSweepResult? a = null;
        NurtureSweepResult? b = null;
        var one = new Thread(() => a = world.Sweep(options, service: new InterceptingService(world.Org, (index, logs) =>
        {
            if (IsDigest(logs))
            {
                _ = bothReadDigestLogs.SignalAndWait(timeout);
            }
            else if (index == 1)
            {
                _ = bothReadPageOne.SignalAndWait(timeout);
            }
            else if (index == 2)
            {
                aPastPageOne.Set();
                _ = bPastPageTwo.Wait(timeout);
            }
        })));
        var two = new Thread(() => b = world.Sweep(options, service: new InterceptingService(world.Org, (index, logs) =>
        {
            if (IsDigest(logs))
            {
                bPastPageTwo.Set();
                _ = bothReadDigestLogs.SignalAndWait(timeout);
            }
            else if (index == 1)
            {
                _ = bothReadPageOne.SignalAndWait(timeout);
                _ = aPastPageOne.Wait(timeout);
            }
        })));
        one.Start();
        two.Start();
        one.Join();
        two.Join();

        Assert.Equal((1, 1), (a!.Summary.TasksCreated, b!.Summary.TasksCreated));
        var email = Assert.Single(world.Emails);
        Assert.Equal(SweepWorld.Alice, email.GetAttributeValue<EntityReference>(Email.Columns.OwnerId)!.Id);
        Assert.Equal(1, world.Org.Requests("SendEmail"));
        Assert.Single(world.Logs, l => l.GetAttributeValue<EntityReference>(NurtureLog.Columns.AccountId) is null);
        Assert.Equal(1, a.Summary.DigestsCreated + b.Summary.DigestsCreated);
        Assert.Equal(3, a.Summary.SkippedConcurrent + b.Summary.SkippedConcurrent);
    }

    [Fact]
    public void A_sweep_whose_digest_another_sweep_recorded_meanwhile_creates_and_sends_no_email()
    {
        var world = new SweepWorld();
        world.QuietRule();
        world.DigestRule(sendEmail: true);
        world.QuietLtd();
        var service = new InterceptingService(world.Org, (_, logs) =>
        {
            if (IsDigest(logs))
            {
                world.Org.Seed(logs.Entities.Select(Copy));
            }
        });

        var result = world.Sweep(service: service);

        Assert.Empty(world.Emails);
        Assert.Equal(0, world.Org.Requests("SendEmail"));
        Assert.Equal((0, 0, 1), (result.Summary.DigestsCreated, result.Summary.DigestsSent, result.Summary.SkippedConcurrent));
        Assert.Single(world.Logs, l => l.GetAttributeValue<EntityReference>(NurtureLog.Columns.AccountId) is null);
        Assert.Single(world.Tasks);
    }

    private static bool IsDigest(EntityCollection logs) => logs.Entities.All(l => !l.Contains(NurtureLog.Columns.AccountId));

    /// <summary>Another sweep's row with the same values (its own id), so the clash is on the keys alone.</summary>
    private static Entity Copy(Entity row)
    {
        var copy = new Entity(row.LogicalName, Guid.NewGuid());
        foreach (var pair in row.Attributes)
        {
            copy[pair.Key] = pair.Value;
        }

        return copy;
    }
}
