using System;

namespace CrmJourney.Domain.Metrics;

/// <summary>A client's satisfaction with one completed engagement, 1 (bad) to 5, and when the engagement ended.</summary>
/// <param name="AccountId">The client.</param>
/// <param name="EndedOn">When the engagement ended (UTC).</param>
/// <param name="Score">1 to 5.</param>
public sealed record EngagementScore(Guid AccountId, DateTime EndedOn, int Score);
