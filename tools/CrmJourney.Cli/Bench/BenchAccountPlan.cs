using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Cli.Bench;

/// <summary>
/// One account of the bench dataset before it becomes rows: its stage and stage facts, its engagements
/// and its completed activities. The account's denormalized columns (<see cref="LastTouchpointOn"/>,
/// engagement counters, service-line count…) are derived here from the engagements and activities, as
/// the product's plugins would have left them, so the sweep (which reads the columns) and the baseline
/// (which reads the activities) see the same account.
/// </summary>
public sealed record BenchAccountPlan
{
    /// <summary>The account's index (its id is <see cref="BenchIds.For"/>(Account, Index)).</summary>
    public required int Index { get; init; }

    /// <summary>cjp_journeystage.</summary>
    public required JourneyStage Stage { get; init; }

    /// <summary>cjp_stageenteredon.</summary>
    public required DateTime StageEnteredOn { get; init; }

    /// <summary>The owner and, unless <see cref="HasRelationshipPartner"/> is false, the relationship partner (an index into the partners).</summary>
    public required int Partner { get; init; }

    /// <summary>Whether cjp_relationshippartnerid is set (else tasks fall to the owner).</summary>
    public required bool HasRelationshipPartner { get; init; }

    /// <summary>cjp_tier.</summary>
    public required ClientTier Tier { get; init; }

    /// <summary>cjp_prospectoutcome.</summary>
    public required ProspectOutcome ProspectOutcome { get; init; }

    /// <summary>cjp_revisiton (not-now prospects).</summary>
    public DateTime? RevisitOn { get; init; }

    /// <summary>cjp_formersentiment.</summary>
    public required FormerSentiment Sentiment { get; init; }

    /// <summary>The engagements, oldest first.</summary>
    public required IReadOnlyList<BenchEngagementPlan> Engagements { get; init; }

    /// <summary>The completed activities, latest first (the first one is the last touchpoint).</summary>
    public required IReadOnlyList<BenchActivityPlan> Activities { get; init; }

    /// <summary>cjp_lasttouchpointon: the latest completed activity.</summary>
    public DateTime? LastTouchpointOn => Activities.Count == 0 ? null : Activities.Max(a => a.CompletedOn);

    /// <summary>cjp_activeengagementcount.</summary>
    public int ActiveEngagementCount => Engagements.Count(e => e.IsActive);

    /// <summary>cjp_completedengagementcount.</summary>
    public int CompletedEngagementCount => Engagements.Count(e => !e.IsActive);

    /// <summary>cjp_servicelinecount: distinct service lines of active or completed engagements.</summary>
    public int ServiceLineCount => Engagements.Select(e => e.ServiceLine).Distinct().Count();

    /// <summary>cjp_firstengagementon.</summary>
    public DateTime? FirstEngagementOn => Engagements.Count == 0 ? null : Engagements.Min(e => e.StartedOn);

    /// <summary>cjp_lastengagementendedon: the latest end of a completed engagement.</summary>
    public DateTime? LastEngagementEndedOn => Engagements.Where(e => !e.IsActive).Select(e => e.EndedOn).Max();
}
