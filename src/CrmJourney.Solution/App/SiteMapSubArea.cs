using System;

namespace CrmJourney.Solution.App;

/// <summary>
/// One entry of the app's navigation: a table's list (<see cref="Entity"/>, opened on <see cref="ViewId"/>
/// when set) or a dashboard (<see cref="Dashboard"/>).
/// </summary>
/// <param name="Id">The entry's id, unique in the site map.</param>
/// <param name="Title">What the navigation shows.</param>
/// <param name="Entity">The table whose list opens, or null for a dashboard.</param>
/// <param name="ViewId">The view the list opens on, or null for the table's default view.</param>
/// <param name="Dashboard">The dashboard that opens, or null for a list.</param>
public sealed record SiteMapSubArea(string Id, string Title, string? Entity = null, Guid? ViewId = null, Guid? Dashboard = null);
