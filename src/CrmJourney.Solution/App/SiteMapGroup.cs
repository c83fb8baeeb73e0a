using System.Collections.Generic;

namespace CrmJourney.Solution.App;

/// <summary>A titled group of navigation entries.</summary>
/// <param name="Id">The group's id, unique in the site map.</param>
/// <param name="Title">The group's title.</param>
/// <param name="SubAreas">The entries, top to bottom.</param>
public sealed record SiteMapGroup(string Id, string Title, IReadOnlyList<SiteMapSubArea> SubAreas);
