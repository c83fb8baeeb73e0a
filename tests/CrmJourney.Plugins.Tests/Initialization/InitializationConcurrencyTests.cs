using System;
using System.Linq;
using System.Threading;
using CrmJourney.Domain.Time;
using CrmJourney.Plugins.Initialization;
using CrmJourney.Plugins.Schema;
using CrmJourney.Plugins.Tests.Sweep;
using Microsoft.Xrm.Sdk;
using TransitionTable = CrmJourney.Plugins.Schema.StageTransition;

namespace CrmJourney.Plugins.Tests.Initialization;

/// <summary>
/// Two initializations at once, forced by a barrier to have both read and derived every account before either writes:
/// the Imported transition's alternate key lets one claim each account, so nothing is created twice.
/// </summary>
public sealed class InitializationConcurrencyTests
{
    [Fact]
    public void Two_initializations_that_both_decide_before_either_writes_create_each_transition_and_engagement_once()
    {
        var firm = new HistoryFirm();
        using var bothDecided = new Barrier(2);
        JourneyInitializationResult RunOne() =>
            new JourneyInitialization(
                new InterceptingService(firm.Org, TransitionTable.LogicalName, _ => bothDecided.SignalAndWait(TimeSpan.FromSeconds(30))),
                new FixedClock(HistoryFirm.AsOf),
                _ => { },
                JourneyInitializationOptions.Default).Run();
        JourneyInitializationResult? first = null;
        JourneyInitializationResult? second = null;
        var one = new Thread(() => first = RunOne());
        var two = new Thread(() => second = RunOne());
        one.Start();
        two.Start();
        one.Join();
        two.Join();

        // Acme and Beta are initialized (Delta is skipped, Gamma staged): once each, by one run or the other.
        Assert.Equal(2, firm.Rows(TransitionTable.LogicalName).Count);
        Assert.Single(firm.Rows(Engagement.LogicalName));
        Assert.Single(firm.Rows(Referral.LogicalName));
        Assert.Equal(2, first!.Summary.AccountsInitialized + second!.Summary.AccountsInitialized);
        Assert.Equal(2, first.Summary.ClaimedByAnother + second.Summary.ClaimedByAnother);
    }

    [Fact]
    public void Inside_a_transaction_a_clash_with_another_initialization_is_refused_with_what_to_do_and_nothing_is_kept()
    {
        var firm = new HistoryFirm();
        // Another run claims Acme between this run's key read and its write.
        var service = new InterceptingService(firm.Org, TransitionTable.LogicalName, batch => firm.Org.Import(batch.Entities.Take(1).Select(t => new Entity(TransitionTable.LogicalName, Guid.NewGuid())
        {
            [TransitionTable.Columns.AccountId] = t[TransitionTable.Columns.AccountId],
            [TransitionTable.Columns.ImportKey] = t[TransitionTable.Columns.ImportKey],
        })));

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => new JourneyInitialization(service, new FixedClock(HistoryFirm.AsOf), _ => { }, JourneyInitializationOptions.Default with { RecoverFromDuplicateKeys = false }).Run());

        Assert.StartsWith("Another journey initialization claimed some of the same accounts at the same time", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(firm.Rows(Engagement.LogicalName));
    }
}
