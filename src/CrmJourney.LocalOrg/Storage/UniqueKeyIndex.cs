using System;
using System.Collections.Generic;
using System.Globalization;
using CrmJourney.LocalOrg.Metadata;

namespace CrmJourney.LocalOrg.Storage;

/// <summary>
/// Enforces one alternate key: the combined key values → the row holding them. Text compares without
/// case, as Dataverse's default collation does. Rows with a null key column are not constrained.
/// </summary>
internal sealed class UniqueKeyIndex
{
    private const string Separator = "\u001f";
    private readonly Dictionary<string, Guid> _rows = new(StringComparer.Ordinal);

    public UniqueKeyIndex(AlternateKeyDefinition key, int[] ordinals)
    {
        Key = key;
        Ordinals = ordinals;
    }

    public AlternateKeyDefinition Key { get; }

    public int[] Ordinals { get; }

    /// <summary>
    /// The key text: each column's normalized value followed by a unit separator, or null when a key column is
    /// empty. Computed on every write of the table (check, attach, detach), so it concatenates once instead of
    /// growing a StringBuilder.
    /// </summary>
    public string? KeyOf(object?[] values)
    {
        if (Ordinals.Length == 1)
        {
            var value = values[Ordinals[0]];
            return value == null ? null : Normalize(value) + Separator;
        }

        var parts = new string[Ordinals.Length * 2];
        for (var index = 0; index < Ordinals.Length; index++)
        {
            var value = values[Ordinals[index]];
            if (value == null)
            {
                return null;
            }

            parts[index * 2] = Normalize(value);
            parts[(index * 2) + 1] = Separator;
        }

        return string.Concat(parts);
    }

    public bool TryFind(string key, out Guid id) => _rows.TryGetValue(key, out id);

    public void Add(string key, Guid id) => _rows[key] = id;

    public void Remove(string? key, Guid id)
    {
        if (key != null && _rows.TryGetValue(key, out var holder) && holder == id)
        {
            _rows.Remove(key);
        }
    }

    private static string Normalize(object value) => value switch
    {
        string text => "s" + text.ToUpperInvariant(),
        StoredReference reference => "r" + reference.Id.ToString("N"),
        DateTime moment => "d" + moment.Ticks.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => "v" + formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => "o" + value,
    };
}
