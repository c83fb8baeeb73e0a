using System;

namespace CrmJourney.Plugins.Mapping;

/// <summary>A cjp_referral row: its id and the domain referral it holds.</summary>
/// <param name="Id">cjp_referralid.</param>
/// <param name="Referral">The referral.</param>
public sealed record StoredReferral(Guid Id, Domain.Referrals.Referral Referral);
