using System.Collections;
using System.Collections.Generic;

namespace CrmJourney.Domain.Json;

/// <summary>A JSON array: values in order.</summary>
public sealed class JsonArray : JsonValue, IEnumerable<JsonValue>
{
    private readonly List<JsonValue> _items = new();

    /// <summary>An empty array.</summary>
    public JsonArray()
    {
    }

    /// <summary>An array of <paramref name="items"/>, in order.</summary>
    public JsonArray(IEnumerable<JsonValue> items)
    {
        foreach (var item in items)
        {
            Add(item);
        }
    }

    /// <inheritdoc />
    public override JsonKind Kind => JsonKind.Array;

    /// <summary>How many values the array holds.</summary>
    public int Count => _items.Count;

    /// <summary>The value at <paramref name="index"/>.</summary>
    public JsonValue this[int index] => _items[index];

    /// <summary>Appends <paramref name="item"/> (null is JSON null).</summary>
    public void Add(JsonValue? item) => _items.Add(item ?? JsonNull.Instance);

    /// <inheritdoc />
    public IEnumerator<JsonValue> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
