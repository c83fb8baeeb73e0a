namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query of rows whose columns equal given values (the i-th attribute equals the i-th value, all combined with And).</summary>
public sealed class QueryByAttribute : QueryBase
{
    /// <summary>A query with no table yet.</summary>
    public QueryByAttribute()
    {
    }

    /// <summary>A query of the table <paramref name="entityName"/>.</summary>
    public QueryByAttribute(string entityName)
    {
        EntityName = entityName;
    }

    /// <summary>The table's logical name.</summary>
    public string EntityName { get; set; }

    /// <summary>
    /// The columns to return. Null on a new query, as in the real SDK (which is why LocalOrg reads a null
    /// column set as Dataverse does: the primary key only).
    /// </summary>
    public ColumnSet ColumnSet { get; set; }

    /// <summary>The page to return. Null on a new query, as in the real SDK: the first page of the default size.</summary>
    public PagingInfo PageInfo { get; set; }

    /// <summary>The columns compared, parallel to <see cref="Values"/>.</summary>
    public DataCollection<string> Attributes { get; } = new();

    /// <summary>The values compared with, parallel to <see cref="Attributes"/>.</summary>
    public DataCollection<object> Values { get; } = new();

    /// <summary>Sort keys.</summary>
    public DataCollection<OrderExpression> Orders { get; } = new();

    /// <summary>Return at most this many rows.</summary>
    public int? TopCount { get; set; }

    /// <summary>Adds a column and the value it must equal.</summary>
    public void AddAttributeValue(string attributeName, object value)
    {
        Attributes.Add(attributeName);
        Values.Add(value);
    }

    /// <summary>Adds a sort key.</summary>
    public void AddOrder(string attributeName, OrderType orderType) => Orders.Add(new OrderExpression(attributeName, orderType));
}
