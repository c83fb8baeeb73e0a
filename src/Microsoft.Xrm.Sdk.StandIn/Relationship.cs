using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// Names a relationship by schema name for Associate/Disassociate. Equal when schema name (ordinal)
/// and primary entity role are equal.
/// </summary>
public sealed class Relationship : IExtensibleDataObject
{
    /// <summary>An unnamed relationship.</summary>
    public Relationship()
    {
    }

    /// <summary>The relationship with schema name <paramref name="schemaName"/>.</summary>
    public Relationship(string schemaName)
    {
        SchemaName = schemaName;
    }

    /// <summary>The relationship's schema name.</summary>
    public string SchemaName { get; set; }

    /// <summary>The primary record's role; needed only for self-referencing relationships.</summary>
    public EntityRole? PrimaryEntityRole { get; set; }

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Equal when schema name (ordinal) and role are equal.</summary>
    public override bool Equals(object obj) =>
        obj is Relationship other
        && string.Equals(SchemaName, other.SchemaName, StringComparison.Ordinal)
        && PrimaryEntityRole == other.PrimaryEntityRole;

    /// <summary>Consistent with <see cref="Equals(object)"/>.</summary>
    public override int GetHashCode() =>
        (SchemaName == null ? 0 : StringComparer.Ordinal.GetHashCode(SchemaName)) ^ PrimaryEntityRole.GetHashCode();

    /// <summary>The schema name.</summary>
    public override string ToString() => SchemaName ?? string.Empty;
}
