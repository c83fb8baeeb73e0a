using System;
using System.Collections;
using System.Collections.Generic;

namespace CrmJourney.Domain.Json;

/// <summary>
/// A JSON object: named values in the order they were read or added, which is the order they are
/// written in. Setting a name that is already there replaces its value in place.
/// </summary>
public sealed class JsonObject : JsonValue, IEnumerable<JsonProperty>
{
    private readonly List<JsonProperty> _properties = new();

    /// <inheritdoc />
    public override JsonKind Kind => JsonKind.Object;

    /// <summary>The members, in order.</summary>
    public IReadOnlyList<JsonProperty> Properties => _properties;

    /// <summary>The value named <paramref name="name"/>, or null when the object has no such member.</summary>
    public JsonValue? this[string name]
    {
        get
        {
            var index = IndexOf(name);
            return index < 0 ? null : _properties[index].Value;
        }

        set
        {
            var property = new JsonProperty(name, value ?? JsonNull.Instance);
            var index = IndexOf(name);
            if (index < 0)
            {
                _properties.Add(property);
            }
            else
            {
                _properties[index] = property;
            }
        }
    }

    /// <summary>Whether the object has a member named <paramref name="name"/>.</summary>
    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>Adds (or replaces) the member <paramref name="name"/>; lets a collection initializer build an object.</summary>
    public void Add(string name, JsonValue value) => this[name] = value;

    /// <inheritdoc />
    public IEnumerator<JsonProperty> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        for (var i = 0; i < _properties.Count; i++)
        {
            if (string.Equals(_properties[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
