using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Domain.Rules;

/// <summary>
/// The snapshot of one account that nurture rules are evaluated against, as the sweep reads it (the
/// account's cjp_ columns plus the owner, the relationship partner and the last engagement's partner).
/// Immutable; the constructor takes what every account has, the rest is optional and set with
/// <c>init</c>. Dates are UTC; only their date part matters to the rules.
/// </summary>
public sealed record NurtureCandidate
{
    private readonly int _completedEngagementCount;
    private readonly IReadOnlyList<ServiceLine> _serviceLinesUsed = Array.Empty<ServiceLine>();

    /// <summary>Creates a snapshot; the account id must not be empty and the name not blank.</summary>
    public NurtureCandidate(Guid accountId, string name, JourneyStage stage, PrincipalRef owner)
    {
        if (accountId == Guid.Empty)
        {
            throw new ArgumentException("A nurture candidate needs the account's id.", nameof(accountId));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A nurture candidate needs the account's name.", nameof(name));
        }

        AccountId = accountId;
        Name = name.Trim();
        Stage = stage;
        Owner = owner ?? throw new ArgumentNullException(nameof(owner));
    }

    /// <summary>The account id.</summary>
    public Guid AccountId { get; }

    /// <summary>The account name.</summary>
    public string Name { get; }

    /// <summary>The journey stage (cjp_journeystage).</summary>
    public JourneyStage Stage { get; }

    /// <summary>The account's owner (user or team): the fallback assignee of every task.</summary>
    public PrincipalRef Owner { get; }

    /// <summary>When the account entered its current stage (cjp_stageenteredon), if known.</summary>
    public DateTime? StageEnteredOn { get; init; }

    /// <summary>The tier (cjp_tier), or null when not set: such an account matches only rules that watch all tiers.</summary>
    public ClientTier? Tier { get; init; }

    /// <summary>The former-client sentiment; a <see cref="FormerSentiment.Detractor"/> never gets any nurture action.</summary>
    public FormerSentiment Sentiment { get; init; }

    /// <summary>Why the client left (cjp_formerreason), if recorded.</summary>
    public string? FormerReason { get; init; }

    /// <summary>The prospect outcome (cjp_prospectoutcome).</summary>
    public ProspectOutcome ProspectOutcome { get; init; }

    /// <summary>For a "not now" prospect, the date to revisit (cjp_revisiton).</summary>
    public DateTime? RevisitOn { get; init; }

    /// <summary>The last touchpoint's date (cjp_lasttouchpointon), or null when there never was one.</summary>
    public DateTime? LastTouchpointOn { get; init; }

    /// <summary>The last touchpoint's channel (cjp_lasttouchpointchannel).</summary>
    public TouchpointChannel? LastTouchpointChannel { get; init; }

    /// <summary>When the first engagement started (cjp_firstengagementon), if any.</summary>
    public DateTime? FirstEngagementOn { get; init; }

    /// <summary>The number of completed engagements (cjp_completedengagementcount); never negative.</summary>
    public int CompletedEngagementCount
    {
        get => _completedEngagementCount;
        init => _completedEngagementCount = value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(CompletedEngagementCount), value, "A completed engagement count cannot be negative.");
    }

    /// <summary>
    /// The distinct service lines the account bought (<see cref="Metrics.ClientDefinitions.ServiceLinesBought"/>:
    /// active or completed engagements; duplicates by id are dropped).
    /// </summary>
    public IReadOnlyList<ServiceLine> ServiceLinesUsed
    {
        get => _serviceLinesUsed;
        init => _serviceLinesUsed = (value ?? throw new ArgumentNullException(nameof(ServiceLinesUsed)))
            .GroupBy(s => s.Id).Select(g => g.First()).ToList();
    }

    /// <summary>The relationship partner (cjp_relationshippartnerid), if set.</summary>
    public PrincipalRef? RelationshipPartner { get; init; }

    /// <summary>The partner of the most recent engagement, if any.</summary>
    public PrincipalRef? LastEngagementPartner { get; init; }
}
