using System;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Plugins.Opportunities;

/// <summary>The account a lost opportunity was for, with its journey stage.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="Stage">Its stage (a prospect's outcome changes, a client's does not).</param>
public sealed record LostOpportunityAccount(Guid AccountId, JourneyStage Stage);
