using System;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Domain.Metrics;

/// <summary>
/// An opportunity an account lost: when, its status reason (the lost reason, with its label) and the
/// prospect outcome the Lose step's mapping gives that reason (null when unmapped).
/// </summary>
/// <param name="AccountId">The account.</param>
/// <param name="LostOn">When it was lost (UTC).</param>
/// <param name="StatusReason">The opportunity's status reason value.</param>
/// <param name="Reason">The status reason's label, e.g. "Canceled".</param>
/// <param name="Outcome">Not now, No way, or null when the reason is not mapped.</param>
public sealed record LostOpportunity(Guid AccountId, DateTime LostOn, int StatusReason, string Reason, ProspectOutcome? Outcome);
