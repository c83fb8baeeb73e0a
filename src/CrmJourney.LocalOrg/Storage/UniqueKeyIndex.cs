using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CrmJourney.LocalOrg.Metadata;

namespace CrmJourney.LocalOrg.Storage;

/// <summary>
/// Enforces one alternate key: the combined key values → the row holding them. Text compares without
/// case, as Dataverse's default collation does. Rows with a null key column are not constrained.
/// </summary>
internal sealed class UniqueKeyIndex
{
    private readonly Dictionary<string, Guid> _rows = new(StringComparer.Ordinal);

    public UniqueKeyIndex(AlternateKeyDefinition key, int[] ordinals)
    {
        Key = key;
        Ordinals = ordinals;
    }

    public AlternateKeyDefinition Key { get; }

    public int[] Ordinals { get; }

    public string? KeyOf(object?[] values)
    {
        var builder = new StringBuilder();
        foreach (var ordinal in Ordinals)
        {
            var value = values[ordinal];
            if (value == null)
            {
                return null;
            }

            builder.Append(Normalize(value)).Append('\u001f');
        }

        return builder.ToString();
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
