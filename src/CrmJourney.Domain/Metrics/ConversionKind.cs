namespace CrmJourney.Domain.Metrics;

/// <summary>The journey conversions the report shows (DESIGN §6).</summary>
public enum ConversionKind
{
    /// <summary>Prospect → Active client.</summary>
    ProspectToClient = 0,

    /// <summary>Active client → Between engagements.</summary>
    ClientToBetween = 1,

    /// <summary>Between engagements → Active client (a repeat client).</summary>
    BetweenToRepeat = 2,

    /// <summary>Between engagements → Former client.</summary>
    BetweenToFormer = 3,

    /// <summary>Former client → referral source (referred someone while a former client).</summary>
    FormerToReferralSource = 4,
}
