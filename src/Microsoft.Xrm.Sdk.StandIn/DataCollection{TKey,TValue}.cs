using System.Collections;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The SDK's dictionary base for attributes, parameters, images and formatted values. Keys compare
/// with the key type's default comparer (ordinal for strings, as in the real SDK: "Name" and "name"
/// are different columns); reading a missing key through the indexer throws
/// <see cref="KeyNotFoundException"/>.
/// </summary>
public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _items = new();

    /// <summary>The number of entries.</summary>
    public int Count => _items.Count;

    /// <summary>Always false: the stand-in has no read-only collections.</summary>
    public bool IsReadOnly => false;

    /// <summary>The keys, in insertion order for an unmodified collection.</summary>
    public ICollection<TKey> Keys => _items.Keys;

    /// <summary>The values.</summary>
    public ICollection<TValue> Values => _items.Values;

    /// <summary>Reads or writes an entry; reading a missing key throws <see cref="KeyNotFoundException"/>.</summary>
    public TValue this[TKey key]
    {
        get => _items[key];
        set => _items[key] = value;
    }

    /// <summary>Adds an entry; an existing key throws <see cref="System.ArgumentException"/>.</summary>
    public void Add(TKey key, TValue value) => _items.Add(key, value);

    /// <summary>Adds an entry; an existing key throws <see cref="System.ArgumentException"/>.</summary>
    public void Add(KeyValuePair<TKey, TValue> item) => _items.Add(item.Key, item.Value);

    /// <summary>Adds every entry in order.</summary>
    public void AddRange(params KeyValuePair<TKey, TValue>[] items) => AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);

    /// <summary>Adds every entry in order; a null sequence adds nothing.</summary>
    public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        if (items == null)
        {
            return;
        }

        foreach (var item in items)
        {
            Add(item);
        }
    }

    /// <summary>Removes every entry.</summary>
    public void Clear() => _items.Clear();

    /// <summary>Whether the key is present (with any value, null included).</summary>
    public bool Contains(TKey key) => _items.ContainsKey(key);

    /// <summary>Whether the key is present with an equal value.</summary>
    public bool Contains(KeyValuePair<TKey, TValue> key) => ((ICollection<KeyValuePair<TKey, TValue>>)_items).Contains(key);

    /// <summary>Whether the key is present (with any value, null included).</summary>
    public bool ContainsKey(TKey key) => _items.ContainsKey(key);

    /// <summary>Copies the entries into <paramref name="array"/> from <paramref name="index"/>.</summary>
    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index) => ((ICollection<KeyValuePair<TKey, TValue>>)_items).CopyTo(array, index);

    /// <summary>Removes the key; false when it was absent.</summary>
    public bool Remove(TKey key) => _items.Remove(key);

    /// <summary>Removes the entry when key and value both match.</summary>
    public bool Remove(KeyValuePair<TKey, TValue> item) => ((ICollection<KeyValuePair<TKey, TValue>>)_items).Remove(item);

    /// <summary>Reads an entry without throwing when it is absent.</summary>
    public bool TryGetValue(TKey key, out TValue value) => _items.TryGetValue(key, out value!);

    /// <summary>Enumerates the entries.</summary>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
