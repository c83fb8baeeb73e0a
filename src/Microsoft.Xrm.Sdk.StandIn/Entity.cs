using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// A record of a table: its logical name, id and the column values present. A column that is absent
/// from <see cref="Attributes"/> was not retrieved or not set — different from a column set to null.
/// </summary>
public class Entity : IExtensibleDataObject
{
    private AttributeCollection _attributes;
    private FormattedValueCollection _formattedValues;
    private KeyAttributeCollection _keyAttributes;
    private RelatedEntityCollection _relatedEntities;

    /// <summary>A record with no table name yet.</summary>
    public Entity()
    {
    }

    /// <summary>A new record of the table <paramref name="entityName"/>.</summary>
    public Entity(string entityName)
    {
        LogicalName = entityName;
    }

    /// <summary>A record of the table <paramref name="entityName"/> with the given id.</summary>
    public Entity(string entityName, Guid id)
    {
        LogicalName = entityName;
        Id = id;
    }

    /// <summary>A record identified by alternate-key values instead of an id.</summary>
    public Entity(string entityName, KeyAttributeCollection keyAttributes)
    {
        LogicalName = entityName;
        _keyAttributes = keyAttributes;
    }

    /// <summary>A record identified by a single alternate-key value.</summary>
    public Entity(string entityName, string keyName, object keyValue)
    {
        LogicalName = entityName;
        KeyAttributes[keyName] = keyValue;
    }

    /// <summary>The table's logical name, e.g. "account".</summary>
    public string LogicalName { get; set; }

    /// <summary>The record id; <see cref="Guid.Empty"/> until created or set.</summary>
    public virtual Guid Id { get; set; }

    /// <summary>The column values present on this instance.</summary>
    public AttributeCollection Attributes
    {
        get => _attributes ??= new AttributeCollection();
        set => _attributes = value;
    }

    /// <summary>Display strings of column values, filled by the service on retrieve.</summary>
    public FormattedValueCollection FormattedValues => _formattedValues ??= new FormattedValueCollection();

    /// <summary>Alternate-key values identifying the record (for upsert by key).</summary>
    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    /// <summary>
    /// Rows related to this record by relationship. On Create the service creates them in the same
    /// operation and transaction, setting their lookup to this record.
    /// </summary>
    public RelatedEntityCollection RelatedEntities => _relatedEntities ??= new RelatedEntityCollection();

    /// <summary>The row version for optimistic concurrency, when the service returned one.</summary>
    public string RowVersion { get; set; }

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Reads or writes a column value; reading an absent column throws <see cref="System.Collections.Generic.KeyNotFoundException"/>.</summary>
    public object this[string attributeName]
    {
        get => Attributes[attributeName];
        set => Attributes[attributeName] = value;
    }

    /// <summary>Whether the column is present (with any value, null included).</summary>
    public bool Contains(string attributeName) => Attributes.Contains(attributeName);

    /// <summary>
    /// The column's value cast to <typeparamref name="T"/>; default(T) when the column is absent or null
    /// (a missing string column reads as null). A value of another type
    /// throws <see cref="InvalidCastException"/>, as in the real SDK.
    /// </summary>
    public virtual T GetAttributeValue<T>(string attributeLogicalName)
    {
        if (string.IsNullOrWhiteSpace(attributeLogicalName))
        {
            throw new ArgumentNullException(nameof(attributeLogicalName));
        }

        return Attributes.TryGetValue(attributeLogicalName, out var value) && value != null ? (T)value : default;
    }

    /// <summary>Reads the column as <typeparamref name="T"/>; false when absent or of another type.</summary>
    public bool TryGetAttributeValue<T>(string attributeLogicalName, out T value)
    {
        if (Attributes.TryGetValue(attributeLogicalName, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>A reference to this record (table and id).</summary>
    public EntityReference ToEntityReference() => new(LogicalName, Id);
}
