namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// One column of an aggregate query's result: either a groupby column (<see cref="Function"/> is
/// null) or an aggregate over a column of the main table or of a link-entity. Every column of an
/// aggregate query has an alias, because the result rows are keyed by alias.
/// </summary>
/// <param name="Alias">The key of the value in each result row.</param>
/// <param name="EntityAlias">The link-entity's alias, or null for a column of the main table.</param>
/// <param name="EntityLogicalName">The table the column belongs to (reported in each AliasedValue).</param>
/// <param name="AttributeName">The column's logical name.</param>
/// <param name="Kind">The column's kind, which decides the result type of sum, avg, min and max.</param>
/// <param name="Function">The aggregate function, or null for a groupby column.</param>
/// <param name="Distinct">Whether only distinct values take part (countcolumn distinct='true').</param>
/// <param name="DateGrouping">For a groupby on a date and time column, the date part grouped by; null to group by the whole value.</param>
public sealed record FetchAggregateColumn(
    string Alias,
    string? EntityAlias,
    string EntityLogicalName,
    string AttributeName,
    FetchValueKind Kind,
    FetchAggregateFunction? Function,
    bool Distinct,
    FetchDateGrouping? DateGrouping)
{
    /// <summary>Whether the column groups the rows rather than aggregating them.</summary>
    public bool IsGroupBy => Function is null;

    /// <summary>
    /// The key of the column's value in the rows the query engine returns: the logical name for the
    /// main table, "alias.column" (an AliasedValue) for a link-entity.
    /// </summary>
    public string RowKey => EntityAlias is null ? AttributeName : EntityAlias + "." + AttributeName;
}
