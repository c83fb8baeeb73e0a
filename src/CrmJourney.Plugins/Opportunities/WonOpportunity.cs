using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Opportunities;

/// <summary>A won opportunity as the Win step reads it.</summary>
/// <param name="Opportunity">The opportunity's name, customer, parent account, service line and actual value.</param>
/// <param name="HasEngagement">True when an engagement already names this opportunity (a retried or repeated win).</param>
/// <param name="Referrals">The referrals of this opportunity, each with its referrer account's counters.</param>
public sealed record WonOpportunity(Entity Opportunity, bool HasEngagement, IReadOnlyList<ReferralToSettle> Referrals);
