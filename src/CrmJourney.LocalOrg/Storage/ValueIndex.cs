using System.Collections.Generic;

namespace CrmJourney.LocalOrg.Storage;

/// <summary>
/// A secondary index on one column: stored value → ids of the rows holding it. Lookup, choice and
/// state columns carry one so Equal/In conditions on them touch only matching rows, not the table.
/// </summary>
internal sealed class ValueIndex
{
    private static readonly IReadOnlyCollection<System.Guid> _none = new HashSet<System.Guid>();
    private readonly Dictionary<object, HashSet<System.Guid>> _rowsByValue = new();

    public ValueIndex(int ordinal)
    {
        Ordinal = ordinal;
    }

    public int Ordinal { get; }

    public void Add(object? value, System.Guid id)
    {
        var key = KeyOf(value);
        if (key == null)
        {
            return;
        }

        if (!_rowsByValue.TryGetValue(key, out var ids))
        {
            ids = new HashSet<System.Guid>();
            _rowsByValue[key] = ids;
        }

        ids.Add(id);
    }

    public void Remove(object? value, System.Guid id)
    {
        var key = KeyOf(value);
        if (key != null && _rowsByValue.TryGetValue(key, out var ids))
        {
            ids.Remove(id);
            if (ids.Count == 0)
            {
                _rowsByValue.Remove(key);
            }
        }
    }

    public IReadOnlyCollection<System.Guid> Find(object key) =>
        _rowsByValue.TryGetValue(key, out var ids) ? ids : _none;

    /// <summary>The index key of a stored value: lookups are indexed by the referenced id alone.</summary>
    public static object? KeyOf(object? storedValue) => storedValue is StoredReference reference ? reference.Id : storedValue;
}
