using System.Collections;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>
/// One condition of a filter: a column, an operator and its values (none for Null/NotNull, one for
/// Equal, many for In). <see cref="EntityName"/> names a linked table's alias when the condition is
/// written on the root filter about a linked table.
/// </summary>
public sealed class ConditionExpression : IExtensibleDataObject
{
    private readonly DataCollection<object> _values = new();

    /// <summary>An empty condition.</summary>
    public ConditionExpression()
    {
    }

    /// <summary>A condition with no value (e.g. Null, NotNull, Today).</summary>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator)
    {
        AttributeName = attributeName;
        Operator = conditionOperator;
    }

    /// <summary>A condition with one value.</summary>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, object value)
        : this(attributeName, conditionOperator, new[] { value })
    {
    }

    /// <summary>A condition with several values (e.g. In, Between).</summary>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(attributeName, conditionOperator)
    {
        _values.AddRange(values);
    }

    /// <summary>A condition with the values of a collection (e.g. a list of ids for In).</summary>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, ICollection values)
        : this(attributeName, conditionOperator)
    {
        if (values != null)
        {
            foreach (var value in values)
            {
                _values.Add(value);
            }
        }
    }

    /// <summary>A condition with no value on a linked table's column.</summary>
    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator)
        : this(attributeName, conditionOperator)
    {
        EntityName = entityName;
    }

    /// <summary>A condition with one value on a linked table's column.</summary>
    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, object value)
        : this(attributeName, conditionOperator, value)
    {
        EntityName = entityName;
    }

    /// <summary>A condition with several values on a linked table's column.</summary>
    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(attributeName, conditionOperator, values)
    {
        EntityName = entityName;
    }

    /// <summary>The column's logical name.</summary>
    public string AttributeName { get; set; }

    /// <summary>The linked table's alias (or name) the column belongs to; null for the filter's own table.</summary>
    public string EntityName { get; set; }

    /// <summary>The comparison.</summary>
    public ConditionOperator Operator { get; set; }

    /// <summary>Whether the value is another column's name (column comparison).</summary>
    public bool CompareColumns { get; set; }

    /// <summary>The values compared with.</summary>
    public DataCollection<object> Values => _values;

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }
}
