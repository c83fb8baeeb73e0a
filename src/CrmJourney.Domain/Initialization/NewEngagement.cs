using System;
using CrmJourney.Domain.Engagements;

namespace CrmJourney.Domain.Initialization;

/// <summary>The engagement the initialization records for a won opportunity (see <see cref="InitializationPolicy"/>).</summary>
/// <param name="Deal">The won opportunity it comes from.</param>
/// <param name="ServiceLineId">The opportunity's service line, or the policy's fallback.</param>
/// <param name="Status">Active, or Completed when its assumed end is on or before the as-of date.</param>
/// <param name="StartedOn">The win date.</param>
/// <param name="EndedOn">The assumed end, when Completed.</param>
public sealed record NewEngagement(WonDeal Deal, Guid ServiceLineId, EngagementStatus Status, DateTime StartedOn, DateTime? EndedOn);
