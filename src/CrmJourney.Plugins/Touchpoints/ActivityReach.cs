using System.Collections.Generic;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Plugins.Touchpoints;

/// <summary>
/// What an activity names, read in one query: its regarding row, its parties in contact roles, and the
/// account each of those rows belongs to — the inputs of <see cref="TouchpointDefinition.AccountsTouched"/>.
/// </summary>
/// <param name="Regarding">The regarding row, or null.</param>
/// <param name="Parties">Its parties that name a row, in the roles the definition counts.</param>
/// <param name="Links">The accounts of the contacts, opportunity, lead or engagement named.</param>
public sealed record ActivityReach(RecordRef? Regarding, IReadOnlyList<ActivityParty> Parties, AccountLinks Links)
{
    /// <summary>The distinct accounts the activity touches (the domain's one definition).</summary>
    public IReadOnlyList<System.Guid> AccountsTouched() => TouchpointDefinition.AccountsTouched(Regarding, Parties, Links);
}
