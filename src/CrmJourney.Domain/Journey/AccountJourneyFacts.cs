using System;

namespace CrmJourney.Domain.Journey;

/// <summary>
/// What the stage of an account is derived from (DESIGN §5): its engagement counts, the end of its
/// last engagement, its last touchpoint, whether it is marked as a former client, and the outcome
/// of its evaluation as a prospect. <see cref="IsMarkedFormer"/> is set when a user or the dormancy
/// sweep marks the account as former; <see cref="JourneyRecorder.Recompute"/> also treats an account
/// whose stored stage is Former client as marked. Starting an engagement ends the marking, since the
/// stored stage becomes Active client.
/// </summary>
public sealed record AccountJourneyFacts
{
    /// <summary>Creates the facts; counts must not be negative.</summary>
    public AccountJourneyFacts(
        int activeEngagementCount,
        int completedEngagementCount,
        DateTime? lastEngagementEndedOn = null,
        DateTime? lastTouchpointOn = null,
        bool isMarkedFormer = false,
        FormerSentiment formerSentiment = FormerSentiment.Unknown,
        ProspectOutcome prospectOutcome = ProspectOutcome.Open)
    {
        if (activeEngagementCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(activeEngagementCount), activeEngagementCount, "An active engagement count cannot be negative.");
        }

        if (completedEngagementCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(completedEngagementCount), completedEngagementCount, "A completed engagement count cannot be negative.");
        }

        ActiveEngagementCount = activeEngagementCount;
        CompletedEngagementCount = completedEngagementCount;
        LastEngagementEndedOn = lastEngagementEndedOn;
        LastTouchpointOn = lastTouchpointOn;
        IsMarkedFormer = isMarkedFormer;
        FormerSentiment = formerSentiment;
        ProspectOutcome = prospectOutcome;
    }

    /// <summary>Engagements with status Active.</summary>
    public int ActiveEngagementCount { get; }

    /// <summary>Engagements with status Completed.</summary>
    public int CompletedEngagementCount { get; }

    /// <summary>The latest end date of a completed engagement, if known.</summary>
    public DateTime? LastEngagementEndedOn { get; }

    /// <summary>The account's last touchpoint, if any; used by the dormancy horizon.</summary>
    public DateTime? LastTouchpointOn { get; }

    /// <summary>The account is (being) marked as a former client.</summary>
    public bool IsMarkedFormer { get; }

    /// <summary>Advocate, detractor or unknown; does not change the stage, only how it is nurtured.</summary>
    public FormerSentiment FormerSentiment { get; }

    /// <summary>Open, Not now or No way; does not change the stage (a lost prospect stays a prospect).</summary>
    public ProspectOutcome ProspectOutcome { get; }

    /// <summary>The same facts, marked (or unmarked) as a former client.</summary>
    public AccountJourneyFacts WithFormerMarking(bool isMarkedFormer) =>
        new(ActiveEngagementCount, CompletedEngagementCount, LastEngagementEndedOn, LastTouchpointOn, isMarkedFormer, FormerSentiment, ProspectOutcome);
}
