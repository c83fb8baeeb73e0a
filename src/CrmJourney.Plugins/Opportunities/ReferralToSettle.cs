using CrmJourney.Domain.Referrals;
using CrmJourney.Plugins.Mapping;

namespace CrmJourney.Plugins.Opportunities;

/// <summary>A referral of a closed opportunity and the counters of its referrer account (none when only a contact referred).</summary>
/// <param name="Stored">The cjp_referral row.</param>
/// <param name="Counters">The referrer account's counters as stored.</param>
public sealed record ReferralToSettle(StoredReferral Stored, ReferrerCounters Counters);
