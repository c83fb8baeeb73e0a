using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Sweep;

/// <summary>One page of candidate accounts as Dataverse returned it, with what reading the next page needs.</summary>
/// <param name="Rows">The account rows, in accountid order.</param>
/// <param name="MoreRecords">True when another page follows.</param>
/// <param name="PagingCookie">Dataverse's cookie for the next page.</param>
internal sealed record AccountPage(IReadOnlyList<Entity> Rows, bool MoreRecords, string? PagingCookie);
