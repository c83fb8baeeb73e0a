using System;

namespace CrmJourney.Domain.Initialization;

/// <summary>A lost opportunity of the account: when it was lost and its status reason (statuscode), if any.</summary>
/// <param name="LostOn">When it was lost (actualclosedate).</param>
/// <param name="StatusReason">The status reason it was closed with; null when unknown.</param>
public sealed record LostDeal(DateTime LostOn, int? StatusReason);
