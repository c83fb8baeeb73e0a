namespace CrmJourney.Domain.Journey;

/// <summary>
/// The four stages of an account's journey with the firm (DESIGN §1). The journey is a loop:
/// Active ⇄ Between engagements repeats, and a former client can be won back.
/// The Dataverse choice value of each member is 573100000 + its numeric value.
/// </summary>
public enum JourneyStage
{
    /// <summary>Knows the firm and is evaluating it; no engagement yet.</summary>
    Prospect = 0,

    /// <summary>At least one engagement is in progress.</summary>
    ActiveClient = 1,

    /// <summary>Has completed work with the firm and has nothing active now.</summary>
    BetweenEngagements = 2,

    /// <summary>The relationship has run its course (advocate or detractor).</summary>
    FormerClient = 3,
}
