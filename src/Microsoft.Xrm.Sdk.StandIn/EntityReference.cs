using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// Points at a record: a lookup value, a request target. Two references are equal when table name
/// (ordinal) and id are equal; <see cref="Name"/> is display text and does not take part.
/// </summary>
public sealed class EntityReference : IExtensibleDataObject
{
    private KeyAttributeCollection _keyAttributes;

    /// <summary>An empty reference.</summary>
    public EntityReference()
    {
    }

    /// <summary>A reference to a table with no id yet.</summary>
    public EntityReference(string logicalName)
    {
        LogicalName = logicalName;
    }

    /// <summary>A reference to the record <paramref name="id"/> of the table <paramref name="logicalName"/>.</summary>
    public EntityReference(string logicalName, Guid id)
    {
        LogicalName = logicalName;
        Id = id;
    }

    /// <summary>A reference by alternate-key values.</summary>
    public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
    {
        LogicalName = logicalName;
        _keyAttributes = keyAttributeCollection;
    }

    /// <summary>A reference by a single alternate-key value.</summary>
    public EntityReference(string logicalName, string keyName, object keyValue)
    {
        LogicalName = logicalName;
        KeyAttributes[keyName] = keyValue;
    }

    /// <summary>The record id.</summary>
    public Guid Id { get; set; }

    /// <summary>The table's logical name.</summary>
    public string LogicalName { get; set; }

    /// <summary>The primary name of the record, when the service filled it; not part of equality.</summary>
    public string Name { get; set; }

    /// <summary>Alternate-key values identifying the record.</summary>
    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    /// <summary>The row version, when known.</summary>
    public string RowVersion { get; set; }

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Equal when the other is a reference with the same id and the same table name (ordinal).</summary>
    public override bool Equals(object obj)
    {
        if (obj is not EntityReference other)
        {
            return false;
        }

        return ReferenceEquals(this, other)
            || (Id.Equals(other.Id) && string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal));
    }

    /// <summary>Consistent with <see cref="Equals(object)"/>; 0 for a reference with no table name.</summary>
    public override int GetHashCode() =>
        string.IsNullOrEmpty(LogicalName) ? 0 : StringComparer.Ordinal.GetHashCode(LogicalName) ^ Id.GetHashCode();
}
