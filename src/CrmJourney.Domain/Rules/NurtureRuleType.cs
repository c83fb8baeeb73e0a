namespace CrmJourney.Domain.Rules;

/// <summary>
/// What a nurture rule looks for (DESIGN §5). The Dataverse choice value (cjp_nurtureruletype) is
/// 573100000 + the numeric value. Which fields each type needs is in <c>RuleTypeRequirements</c>.
/// </summary>
public enum NurtureRuleType
{
    /// <summary>Accounts in the watched stages with no touchpoint for at least the threshold days. Needs stages and thresholdDays.</summary>
    Quiet = 0,

    /// <summary>Accounts with at least N completed engagements, all in one service line, while the catalogue offers others. Needs stages and minimumCompletedEngagements.</summary>
    Pigeonholed = 1,

    /// <summary>Former-client advocates not contacted for at least the threshold days. Needs thresholdDays; always watches former clients.</summary>
    AdvocateCheckIn = 2,

    /// <summary>Prospects marked "not now" whose revisit date has come. Needs nothing else; always watches prospects.</summary>
    NotNowRevisit = 3,

    /// <summary>A thank-you task for the referrer's relationship partner when a referral is logged. Fires on referral events, not in the sweep.</summary>
    ReferralThanks = 4,

    /// <summary>One summary per recipient (normally the relationship partner) of all accounts the other rules flagged, with reasons.</summary>
    PartnerDigest = 5,
}
