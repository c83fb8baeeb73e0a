using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Conditions and child filters combined with one logical operator (And by default).</summary>
public sealed class FilterExpression : IExtensibleDataObject
{
    /// <summary>An And filter.</summary>
    public FilterExpression()
    {
    }

    /// <summary>A filter combining with <paramref name="filterOperator"/>.</summary>
    public FilterExpression(LogicalOperator filterOperator)
    {
        FilterOperator = filterOperator;
    }

    /// <summary>How conditions and child filters combine.</summary>
    public LogicalOperator FilterOperator { get; set; }

    /// <summary>The conditions.</summary>
    public DataCollection<ConditionExpression> Conditions { get; } = new();

    /// <summary>The child filters.</summary>
    public DataCollection<FilterExpression> Filters { get; } = new();

    /// <summary>A query hint for the filter (SQL Server table hints); not used by this product.</summary>
    public string FilterHint { get; set; }

    /// <summary>Whether this is a view's quick-find filter.</summary>
    public bool IsQuickFindFilter { get; set; }

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Adds a condition.</summary>
    public void AddCondition(ConditionExpression condition) => Conditions.Add(condition);

    /// <summary>Adds a condition on this filter's table.</summary>
    public void AddCondition(string attributeName, ConditionOperator conditionOperator, params object[] values) =>
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, values));

    /// <summary>Adds a condition on a linked table's column.</summary>
    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values) =>
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, values));

    /// <summary>Adds a child filter.</summary>
    public void AddFilter(FilterExpression childFilter) => Filters.Add(childFilter);

    /// <summary>Adds and returns a new child filter combining with <paramref name="logicalOperator"/>.</summary>
    public FilterExpression AddFilter(LogicalOperator logicalOperator)
    {
        var child = new FilterExpression(logicalOperator);
        Filters.Add(child);
        return child;
    }
}
