namespace CrmJourney.Domain.Referrals;

/// <summary>How the referral reached the firm (cjp_referralchannel). The Dataverse choice value is 573100000 + the numeric value.</summary>
public enum ReferralChannel
{
    /// <summary>The referrer talked about the firm to a peer.</summary>
    WordOfMouth = 0,

    /// <summary>The referrer introduced the two parties.</summary>
    Introduction = 1,

    /// <summary>Met through an event.</summary>
    Event = 2,

    /// <summary>A review, post or online recommendation.</summary>
    Online = 3,

    /// <summary>Any other way.</summary>
    Other = 4,
}
