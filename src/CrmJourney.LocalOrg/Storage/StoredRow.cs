using System;

namespace CrmJourney.LocalOrg.Storage;

/// <summary>
/// One row as stored: its id and its values by column ordinal (see <see cref="TableStore.OrdinalOf"/>).
/// Immutable by convention: a write replaces the whole row with a new instance, which makes the undo
/// log a list of old instances and keeps readers on other threads from seeing half a write.
/// </summary>
public sealed class StoredRow
{
    internal StoredRow(Guid id, object?[] values)
    {
        Id = id;
        Values = values;
    }

    /// <summary>The row's primary key.</summary>
    public Guid Id { get; }

    /// <summary>The stored values, by column ordinal; null means the column has no value.</summary>
    internal object?[] Values { get; }

    /// <summary>The stored value of the column at this ordinal.</summary>
    public object? this[int ordinal] => Values[ordinal];
}
