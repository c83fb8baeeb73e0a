using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// A column value that came from a linked table or an aggregate: the query result stores it under
/// "alias.column" and wraps the raw value with the table and column it came from.
/// </summary>
public sealed class AliasedValue : IExtensibleDataObject
{
    /// <summary>An empty aliased value.</summary>
    public AliasedValue()
    {
    }

    /// <summary>Wraps <paramref name="value"/> read from <paramref name="entityLogicalName"/>.<paramref name="attributeLogicalName"/>.</summary>
    public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
    {
        EntityLogicalName = entityLogicalName;
        AttributeLogicalName = attributeLogicalName;
        Value = value;
    }

    /// <summary>The linked table's logical name.</summary>
    public string EntityLogicalName { get; }

    /// <summary>The column's logical name in the linked table.</summary>
    public string AttributeLogicalName { get; }

    /// <summary>The raw value.</summary>
    public object Value { get; }

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }
}
