using System;
using BenchmarkDotNet.Attributes;
using CrmJourney.Benchmarks.Infrastructure;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.LocalOrg.Diagnostics;
using CrmJourney.Plugins.Schema;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using EngagementTable = CrmJourney.Plugins.Schema.Engagement;
using NurtureRuleTable = CrmJourney.Plugins.Schema.NurtureRule;

namespace CrmJourney.Benchmarks.PluginEvents;

/// <summary>
/// Each plugin event through the product organization: time, memory and the requests it costs (the
/// same requests the plugin tests' "costs N requests" assert). Every operation runs on fresh state:
/// [IterationSetup] seeds new rows (an account, its engagement or opportunity, the user's saved
/// activity) without running any step, so each measured event is the first of its kind on those rows.
/// That makes BenchmarkDotNet run one operation per iteration (<see cref="OneOperationPerIterationConfig"/>:
/// 50 iterations, optimised code), which keeps each event's run to seconds.
/// </summary>
/// <remarks>
/// The touchpoint steps are asynchronous: the user's save of the completed phone call is part of the
/// setup and the measured operation is the async drain (what Dataverse's async service runs), as the
/// touchpoint budget counts it.
/// </remarks>
[MemoryDiagnoser]
[RequestsColumn]
[Config(typeof(OneOperationPerIterationConfig))]
public class PluginEventBenchmarks : IRequestCounted
{
    private Guid _account;
    private Guid _otherAccount;
    private Guid _engagement;
    private Guid _opportunity;
    private Guid _quietRule;

    /// <summary>The organization of the running benchmark.</summary>
    public ProductWorld World { get; private set; } = null!;

    /// <summary>The account the current operation's event is about (the referrer for a referral).</summary>
    public Guid Account => _account;

    /// <summary>The engagement's destination account when it moves; the other account of the event.</summary>
    public Guid OtherAccount => _otherAccount;

    /// <inheritdoc />
    public RequestCounters Counters => World.Org.Counters;

    /// <summary>The product organization, without any thank-you rule.</summary>
    [GlobalSetup]
    public void CreateWorld()
    {
        World = new ProductWorld();
        _quietRule = World.SeededRule(NurtureRuleType.Quiet);
    }

    /// <summary>The product organization with an active Referral-thanks rule.</summary>
    [GlobalSetup(Target = nameof(ReferralWithThankYou))]
    public void CreateWorldWithThanksRule()
    {
        CreateWorld();
        World.SeededRule(NurtureRuleType.ReferralThanks);
    }

    /// <summary>A client between engagements has just saved a completed phone call (queued for the async step).</summary>
    [IterationSetup(Target = nameof(Touchpoint))]
    public void SeedClientForPhoneCall()
    {
        _account = World.Account(JourneyStage.BetweenEngagements, completed: 1);
    }

    /// <summary>As <see cref="SeedClientForPhoneCall"/>, with an open task of the Quiet rule on the account.</summary>
    [IterationSetup(Target = nameof(TouchpointClosingQuietTask))]
    public void SeedClientWithOpenQuietTask()
    {
        _account = World.Account(JourneyStage.BetweenEngagements, completed: 1);
        World.OpenNurtureTask(_account, _quietRule);
    }

    /// <summary>A prospect with no engagement.</summary>
    [IterationSetup(Target = nameof(EngagementStarted))]
    public void SeedProspect()
    {
        _account = World.Account(JourneyStage.Prospect);
    }

    /// <summary>An active client's engagement that belongs to another account, a prospect.</summary>
    [IterationSetup(Target = nameof(EngagementMovedBetweenAccounts))]
    public void SeedMisfiledEngagement()
    {
        _account = World.Account(JourneyStage.ActiveClient, active: 1);
        _otherAccount = World.Account(JourneyStage.Prospect);
        _engagement = World.SeededEngagement(_account, EngagementStatus.Active);
    }

    /// <summary>A client between engagements, for a user to mark as a former client.</summary>
    [IterationSetup(Target = nameof(ManualStageChange))]
    public void SeedClientBetweenEngagements()
    {
        _account = World.Account(JourneyStage.BetweenEngagements, completed: 1);
    }

    /// <summary>A former client with a relationship partner, who refers a new lead.</summary>
    [IterationSetup(Targets = new[] { nameof(ReferralWithoutThankYou), nameof(ReferralWithThankYou) })]
    public void SeedReferrer()
    {
        _account = World.Referrer();
    }

    /// <summary>A prospect with an open opportunity on the tax service line.</summary>
    [IterationSetup(Targets = new[] { nameof(OpportunityWon), nameof(OpportunityLost) })]
    public void SeedOpenOpportunity()
    {
        _account = World.Account(JourneyStage.Prospect);
        _opportunity = World.OpenOpportunity(_account);
    }

    /// <summary>
    /// A phone call saved completed: the touchpoint step runs synchronously in the save (its Create step
    /// queues no system job), and the account's last touchpoint and count move.
    /// </summary>
    [Benchmark]
    public Guid Touchpoint() => World.AsUser.Create(ProductWorld.CompletedPhoneCall(_account));

    /// <summary>A phone call saved completed that also closes the account's open Quiet task, then the closed task's async job.</summary>
    [Benchmark]
    public int TouchpointClosingQuietTask()
    {
        World.AsUser.Create(ProductWorld.CompletedPhoneCall(_account));
        return World.Org.DrainAsync();
    }

    /// <summary>A user starts the prospect's first engagement: the account becomes an active client.</summary>
    [Benchmark]
    public Guid EngagementStarted() => World.AsUser.Create(World.NewEngagement(_account, EngagementStatus.Active));

    /// <summary>A user moves an active engagement to the right account: both accounts are recomputed.</summary>
    [Benchmark]
    public void EngagementMovedBetweenAccounts() =>
        World.AsUser.Update(new Entity(EngagementTable.LogicalName, _engagement) { ["cjp_accountid"] = new EntityReference(Plugins.Schema.Account.LogicalName, _otherAccount) });

    /// <summary>A user marks a client between engagements as a former client: guarded, stamped and logged.</summary>
    [Benchmark]
    public void ManualStageChange() =>
        World.AsUser.Update(new Entity(Plugins.Schema.Account.LogicalName, _account) { ["cjp_journeystage"] = Choices.ToOptionSetValue(JourneyStage.FormerClient) });

    /// <summary>A lead referred by a former client, with no thank-you rule active.</summary>
    [Benchmark]
    public Guid ReferralWithoutThankYou() => World.AsUser.Create(ReferredLead(_account));

    /// <summary>A lead referred by a former client, with the Referral-thanks rule active: its log row and task too.</summary>
    [Benchmark]
    public Guid ReferralWithThankYou() => World.AsUser.Create(ReferredLead(_account));

    /// <summary>A user wins the prospect's opportunity: its engagement is created and the account becomes an active client.</summary>
    [Benchmark]
    public void OpportunityWon() => World.AsUser.Execute(new WinOpportunityRequest
    {
        OpportunityClose = new Entity(OpportunityClose.LogicalName)
        {
            ["subject"] = "Won",
            ["opportunityid"] = new EntityReference(Opportunity.LogicalName, _opportunity),
            ["actualrevenue"] = new Money(25000m),
        },
        Status = new OptionSetValue(3),
    });

    /// <summary>A user loses the prospect's opportunity as Canceled: the prospect is Not now, with a revisit date.</summary>
    [Benchmark]
    public void OpportunityLost() => World.AsUser.Execute(new LoseOpportunityRequest
    {
        OpportunityClose = new Entity(OpportunityClose.LogicalName)
        {
            ["subject"] = "Lost",
            ["opportunityid"] = new EntityReference(Opportunity.LogicalName, _opportunity),
        },
        Status = new OptionSetValue(4),
    });

    /// <summary>A rules administrator creates a valid Quiet rule: validated in PreValidation, then saved.</summary>
    [Benchmark]
    public Guid NurtureRuleCreated() => World.AsUser.Create(new Entity(NurtureRuleTable.LogicalName)
    {
        ["cjp_name"] = "Quiet Tier 1 clients",
        ["cjp_ruletype"] = Choices.ToOptionSetValue(NurtureRuleType.Quiet),
        ["cjp_stages"] = Choices.ToOptionSetValueCollection(new[] { JourneyStage.BetweenEngagements }),
        ["cjp_thresholddays"] = 90,
        ["cjp_assigneetype"] = Choices.ToOptionSetValue(AssigneeType.RelationshipPartner),
        ["cjp_tasksubject"] = "Check in with {account.name}",
    });

    private static Entity ReferredLead(Guid referrer) => new(Lead.LogicalName)
    {
        ["subject"] = "Globex tax review",
        ["lastname"] = "Globex",
        ["cjp_referredbyaccountid"] = new EntityReference(Plugins.Schema.Account.LogicalName, referrer),
    };
}
