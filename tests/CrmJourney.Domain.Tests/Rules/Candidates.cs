using System;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Domain.Tests.Rules;

/// <summary>Account snapshots for evaluator tests; tests adjust them with <c>with</c>.</summary>
internal static class Candidates
{
    public static readonly Guid AcmeId = new("bbbbbbbb-0000-0000-0000-000000000001");
    public static readonly PrincipalRef Owner = PrincipalRef.User(new Guid("cccccccc-0000-0000-0000-000000000001"), "Olivia Owner");
    public static readonly PrincipalRef Partner = PrincipalRef.User(new Guid("cccccccc-0000-0000-0000-000000000002"), "Paula Partner");
    public static readonly PrincipalRef EngagementPartner = PrincipalRef.User(new Guid("cccccccc-0000-0000-0000-000000000003"), "Erik Engagement");

    /// <summary>Between engagements, Tier 1, last touchpoint a meeting on 2026-07-03 (143 days before Build.AsOf), 4 tax engagements.</summary>
    public static NurtureCandidate Acme() => new(AcmeId, "Acme Ltd", JourneyStage.BetweenEngagements, Owner)
    {
        Tier = ClientTier.Tier1,
        StageEnteredOn = Build.Utc(2026, 6, 1),
        LastTouchpointOn = new DateTime(2026, 7, 3, 15, 30, 0, DateTimeKind.Utc),
        LastTouchpointChannel = TouchpointChannel.Meeting,
        FirstEngagementOn = Build.Utc(2022, 2, 1),
        CompletedEngagementCount = 4,
        ServiceLinesUsed = new[] { Build.Tax },
        RelationshipPartner = Partner,
        LastEngagementPartner = EngagementPartner,
    };

    /// <summary>Another Tier 1 account between engagements with the given partner (or none).</summary>
    public static NurtureCandidate Other(int number, string name, PrincipalRef? partner) =>
        new(new Guid($"dddddddd-0000-0000-0000-{number:D12}"), name, JourneyStage.BetweenEngagements, Owner)
        {
            Tier = ClientTier.Tier1,
            RelationshipPartner = partner,
        };

    /// <summary>A former-client advocate last emailed on 2026-05-07 (200 days before Build.AsOf).</summary>
    public static NurtureCandidate Advocate() => new(new Guid("bbbbbbbb-0000-0000-0000-000000000002"), "Borealis SA", JourneyStage.FormerClient, Owner)
    {
        Tier = ClientTier.Tier2,
        Sentiment = FormerSentiment.Advocate,
        StageEnteredOn = Build.Utc(2025, 1, 10),
        LastTouchpointOn = Build.Utc(2026, 5, 7),
        LastTouchpointChannel = TouchpointChannel.Email,
        CompletedEngagementCount = 2,
        RelationshipPartner = Partner,
    };

    /// <summary>A not-now prospect whose revisit date is 2026-11-01.</summary>
    public static NurtureCandidate NotNowProspect() => new(new Guid("bbbbbbbb-0000-0000-0000-000000000003"), "Cobalt GmbH", JourneyStage.Prospect, Owner)
    {
        Tier = ClientTier.Tier3,
        ProspectOutcome = ProspectOutcome.NotNow,
        RevisitOn = Build.Utc(2026, 11, 1),
    };
}
