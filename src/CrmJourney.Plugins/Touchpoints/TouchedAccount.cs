using System;
using System.Collections.Generic;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Plugins.Touchpoints;

/// <summary>The account a completed activity touched, as the touchpoint step reads it.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="Last">Its last touchpoint (cjp_lasttouchpointon and channel), or null when it never had one.</param>
/// <param name="Count">cjp_touchpointcount.</param>
/// <param name="OpenQuietTaskIds">Its open tasks created by a Quiet nurture rule.</param>
public sealed record TouchedAccount(Guid AccountId, LastTouchpoint? Last, int Count, IReadOnlyList<Guid> OpenQuietTaskIds);
