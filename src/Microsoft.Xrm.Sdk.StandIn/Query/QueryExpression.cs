namespace Microsoft.Xrm.Sdk.Query;

/// <summary>
/// A query built in code. A new query returns no columns (only ids), has an empty And filter, no
/// top count and a default <see cref="PagingInfo"/> (first page, service page size).
/// </summary>
public sealed class QueryExpression : QueryBase
{
    private ColumnSet _columnSet = new();
    private FilterExpression _criteria = new();
    private PagingInfo _pageInfo = new();

    /// <summary>A query with no table yet.</summary>
    public QueryExpression()
    {
    }

    /// <summary>A query of the table <paramref name="entityName"/>.</summary>
    public QueryExpression(string entityName)
    {
        EntityName = entityName;
    }

    /// <summary>The table's logical name.</summary>
    public string EntityName { get; set; }

    /// <summary>The columns to return.</summary>
    public ColumnSet ColumnSet
    {
        get => _columnSet;
        set => _columnSet = value ?? new ColumnSet();
    }

    /// <summary>The root filter.</summary>
    public FilterExpression Criteria
    {
        get => _criteria;
        set => _criteria = value ?? new FilterExpression();
    }

    /// <summary>The page to return.</summary>
    public PagingInfo PageInfo
    {
        get => _pageInfo;
        set => _pageInfo = value ?? new PagingInfo();
    }

    /// <summary>Joins to other tables.</summary>
    public DataCollection<LinkEntity> LinkEntities { get; } = new();

    /// <summary>Sort keys.</summary>
    public DataCollection<OrderExpression> Orders { get; } = new();

    /// <summary>Return at most this many rows (no paging then).</summary>
    public int? TopCount { get; set; }

    /// <summary>Whether duplicate rows are removed.</summary>
    public bool Distinct { get; set; }

    /// <summary>Whether to read without shared locks.</summary>
    public bool NoLock { get; set; }

    /// <summary>Adds and returns an inner join from this query's table.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
        AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

    /// <summary>Adds and returns a join from this query's table.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(EntityName!, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }

    /// <summary>Adds a sort key.</summary>
    public void AddOrder(string attributeName, OrderType orderType) => Orders.Add(new OrderExpression(attributeName, orderType));
}
