using System;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Cli.Bench;

/// <summary>An account's journey stage after a run (null when it has none), for the comparison of the two sides.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="Stage">cjp_journeystage, or null.</param>
public sealed record AccountStage(Guid AccountId, JourneyStage? Stage);
