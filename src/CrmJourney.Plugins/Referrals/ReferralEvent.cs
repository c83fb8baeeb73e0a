using System;
using CrmJourney.Domain.Referrals;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Referrals;

/// <summary>A lead or opportunity that names a referrer, as the referral step reads it.</summary>
/// <param name="Kind">Lead or opportunity.</param>
/// <param name="ReferredId">The lead's or opportunity's id.</param>
/// <param name="ReferredName">Its name, for the referral's name and the thank-you text.</param>
/// <param name="ReferrerAccount">cjp_referredbyaccountid, or null.</param>
/// <param name="ReferrerContact">cjp_referredbycontactid, or null.</param>
/// <param name="Channel">cjp_referralchannel (word of mouth when empty).</param>
public sealed record ReferralEvent(ReferredKind Kind, Guid ReferredId, string ReferredName, EntityReference? ReferrerAccount, EntityReference? ReferrerContact, ReferralChannel Channel);
