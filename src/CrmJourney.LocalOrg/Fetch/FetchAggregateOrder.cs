namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// A sort key of an aggregate query: aggregate queries sort their result rows by a column alias
/// (order element, alias attribute), never by a table column.
/// </summary>
/// <param name="Alias">The alias of a groupby or aggregate column of the same query.</param>
/// <param name="Descending">Whether the largest values come first.</param>
public sealed record FetchAggregateOrder(string Alias, bool Descending);
