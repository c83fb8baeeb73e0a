namespace CrmJourney.Domain.Journey;

/// <summary>
/// How a former client feels about the firm. Advocates are nurtured for referrals; detractors are
/// never nurtured. The Dataverse choice value is 573100000 + the numeric value.
/// </summary>
public enum FormerSentiment
{
    /// <summary>Not yet known: treated as "keep in touch" but not as a referral source.</summary>
    Unknown = 0,

    /// <summary>Had a good experience: keep in touch, ask for referrals.</summary>
    Advocate = 1,

    /// <summary>Had a bad experience: say goodbye, stop nurturing.</summary>
    Detractor = 2,
}
