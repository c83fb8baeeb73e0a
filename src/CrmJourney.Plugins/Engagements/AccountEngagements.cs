using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Engagements;

/// <summary>An account row (its journey columns) with every engagement it has now, as the recompute reads them.</summary>
/// <param name="Account">The account with the columns of <see cref="Mapping.AccountMapper.JourneyColumns"/>.</param>
/// <param name="Engagements">All of its engagements, in no particular order.</param>
public sealed record AccountEngagements(Entity Account, IReadOnlyList<Domain.Engagements.Engagement> Engagements);
