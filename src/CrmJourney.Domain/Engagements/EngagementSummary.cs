using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Domain.Engagements;

/// <summary>
/// The account counters computed from its engagements (cjp_activeengagementcount,
/// cjp_completedengagementcount, cjp_servicelinecount, cjp_firstengagementon,
/// cjp_lastengagementendedon), plus the pigeonhole facts. Rules:
/// only Active and Completed engagements count (Planned has not started, Cancelled never delivered);
/// service lines used are the distinct service lines of Active or Completed engagements;
/// the first engagement date is the earliest start of a counting engagement;
/// the last engagement end is the latest end of a Completed engagement (an active one has not ended).
/// The account is confined to one service line when it has completed engagements and every line it
/// bought (active or completed, <c>Metrics.ClientDefinitions</c>) is the same one: an active engagement in a
/// second line means it is no longer held to one (whether the catalogue offers others is the nurture
/// rule's concern).
/// </summary>
public sealed record EngagementSummary
{
    private EngagementSummary(
        int activeCount,
        int completedCount,
        IReadOnlyList<Guid> serviceLineIds,
        IReadOnlyList<Guid> completedServiceLineIds,
        DateTime? firstEngagementOn,
        DateTime? lastEngagementEndedOn)
    {
        ActiveCount = activeCount;
        CompletedCount = completedCount;
        ServiceLineIds = serviceLineIds;
        CompletedServiceLineIds = completedServiceLineIds;
        FirstEngagementOn = firstEngagementOn;
        LastEngagementEndedOn = lastEngagementEndedOn;
    }

    /// <summary>Engagements in progress.</summary>
    public int ActiveCount { get; }

    /// <summary>Engagements delivered.</summary>
    public int CompletedCount { get; }

    /// <summary>Distinct service lines of active or completed engagements, in ascending id order.</summary>
    public IReadOnlyList<Guid> ServiceLineIds { get; }

    /// <summary>The number of distinct service lines used (cjp_servicelinecount).</summary>
    public int ServiceLineCount => ServiceLineIds.Count;

    /// <summary>Distinct service lines of completed engagements only, in ascending id order.</summary>
    public IReadOnlyList<Guid> CompletedServiceLineIds { get; }

    /// <summary>The earliest start of an active or completed engagement.</summary>
    public DateTime? FirstEngagementOn { get; }

    /// <summary>The latest end of a completed engagement.</summary>
    public DateTime? LastEngagementEndedOn { get; }

    /// <summary>True when there are completed engagements and every line bought (active or completed) is one line.</summary>
    public bool IsConfinedToOneServiceLine => CompletedCount > 0 && ServiceLineIds.Count == 1;

    /// <summary>The one service line everything bought is in, or null when not confined.</summary>
    public Guid? PigeonholeServiceLineId => IsConfinedToOneServiceLine ? ServiceLineIds[0] : null;

    /// <summary>Summarises <paramref name="engagements"/> (all of one account).</summary>
    public static EngagementSummary From(IEnumerable<Engagement> engagements)
    {
        if (engagements is null)
        {
            throw new ArgumentNullException(nameof(engagements));
        }

        var counting = engagements.Where(e => e.Counts).ToList();
        var completed = counting.Where(e => e.Status == EngagementStatus.Completed).ToList();
        var starts = counting.Where(e => e.StartedOn.HasValue).Select(e => e.StartedOn!.Value).ToList();
        var ends = completed.Where(e => e.EndedOn.HasValue).Select(e => e.EndedOn!.Value).ToList();

        return new EngagementSummary(
            counting.Count - completed.Count,
            completed.Count,
            DistinctSorted(counting),
            DistinctSorted(completed),
            starts.Count == 0 ? null : starts.Min(),
            ends.Count == 0 ? null : ends.Max());
    }

    /// <summary>The journey facts these counters give, with the account's marking, touchpoint and outcome added.</summary>
    public AccountJourneyFacts ToFacts(
        DateTime? lastTouchpointOn = null,
        bool isMarkedFormer = false,
        FormerSentiment formerSentiment = FormerSentiment.Unknown,
        ProspectOutcome prospectOutcome = ProspectOutcome.Open) =>
        new(ActiveCount, CompletedCount, LastEngagementEndedOn, lastTouchpointOn, isMarkedFormer, formerSentiment, prospectOutcome);

    private static ReadOnlyCollection<Guid> DistinctSorted(IEnumerable<Engagement> engagements) =>
        new(engagements.Select(e => e.ServiceLineId).Distinct().OrderBy(id => id).ToList());
}
