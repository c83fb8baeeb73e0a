using System.Collections.Generic;

namespace CrmJourney.Solution.App;

/// <summary>An area of the app (the area switcher's choices).</summary>
/// <param name="Id">The area's id, unique in the site map.</param>
/// <param name="Title">The area's title.</param>
/// <param name="Groups">Its groups.</param>
public sealed record SiteMapArea(string Id, string Title, IReadOnlyList<SiteMapGroup> Groups);
