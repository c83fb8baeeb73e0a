using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>One sort key of a query.</summary>
public sealed class OrderExpression : IExtensibleDataObject
{
    /// <summary>An empty sort key.</summary>
    public OrderExpression()
    {
    }

    /// <summary>Sort by <paramref name="attributeName"/> in <paramref name="orderType"/> direction.</summary>
    public OrderExpression(string attributeName, OrderType orderType)
    {
        AttributeName = attributeName;
        OrderType = orderType;
    }

    /// <summary>The column's logical name.</summary>
    public string AttributeName { get; set; }

    /// <summary>The direction.</summary>
    public OrderType OrderType { get; set; }

    /// <summary>The aggregate alias to sort by, for aggregate queries.</summary>
    public string Alias { get; set; }

    /// <summary>The linked table's alias the column belongs to.</summary>
    public string EntityName { get; set; }

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }
}
