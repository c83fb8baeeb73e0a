using System;
using System.Collections.Generic;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Referrals;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Domain.Initialization;

/// <summary>
/// Where an account enters the journey from its history: the engagements to record, its counters, its stage (with
/// the date it entered it, which its one Imported transition carries), its last touchpoint, prospect outcome and
/// referral counters — or, when <see cref="SkipReason"/> is set, nothing at all (the account keeps no stage).
/// </summary>
public sealed record InitialJourney
{
    internal InitialJourney(
        Guid accountId,
        string? skipReason,
        IReadOnlyList<NewEngagement> newEngagements,
        EngagementSummary engagements,
        JourneyStage stage,
        DateTime stageEnteredOn,
        LastTouchpoint? lastTouchpoint,
        int touchpointCount,
        ProspectOutcome prospectOutcome,
        DateTime? revisitOn,
        ReferrerCounters referrals)
    {
        AccountId = accountId;
        SkipReason = skipReason;
        NewEngagements = newEngagements;
        Engagements = engagements;
        Stage = stage;
        StageEnteredOn = stageEnteredOn;
        LastTouchpoint = lastTouchpoint;
        TouchpointCount = touchpointCount;
        ProspectOutcome = prospectOutcome;
        RevisitOn = revisitOn;
        Referrals = referrals;
    }

    /// <summary>The account.</summary>
    public Guid AccountId { get; }

    /// <summary>Why the account is left without a stage (one sentence with the fix), or null when it is initialized.</summary>
    public string? SkipReason { get; }

    /// <summary>True when the account is left as it is.</summary>
    public bool IsSkipped => SkipReason != null;

    /// <summary>Engagements to create, one per won opportunity no engagement named.</summary>
    public IReadOnlyList<NewEngagement> NewEngagements { get; }

    /// <summary>The counters of every engagement, recorded and new.</summary>
    public EngagementSummary Engagements { get; }

    /// <summary>The stage the history puts the account in.</summary>
    public JourneyStage Stage { get; }

    /// <summary>When the account entered that stage (never after the as-of date).</summary>
    public DateTime StageEnteredOn { get; }

    /// <summary>Its latest touchpoint, if it has any.</summary>
    public LastTouchpoint? LastTouchpoint { get; }

    /// <summary>How many touchpoints it has.</summary>
    public int TouchpointCount { get; }

    /// <summary>Open, or Not now / No way from its lost opportunities (prospects only).</summary>
    public ProspectOutcome ProspectOutcome { get; }

    /// <summary>The revisit date of a "not now" prospect.</summary>
    public DateTime? RevisitOn { get; }

    /// <summary>Its referral counters as a referrer.</summary>
    public ReferrerCounters Referrals { get; }
}
