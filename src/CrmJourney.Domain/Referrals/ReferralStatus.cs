namespace CrmJourney.Domain.Referrals;

/// <summary>Where the referred work stands. The Dataverse choice value is 573100000 + the numeric value.</summary>
public enum ReferralStatus
{
    /// <summary>The referred lead or opportunity is still open.</summary>
    Open = 0,

    /// <summary>The referred opportunity was won: the referrer is credited with its value.</summary>
    Won = 1,

    /// <summary>The referred work was lost.</summary>
    Lost = 2,
}
