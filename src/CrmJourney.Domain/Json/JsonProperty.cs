using System;

namespace CrmJourney.Domain.Json;

/// <summary>One named value of a <see cref="JsonObject"/>.</summary>
public sealed class JsonProperty
{
    /// <summary>The member <paramref name="name"/> with <paramref name="value"/>.</summary>
    public JsonProperty(string name, JsonValue value)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The value.</summary>
    public JsonValue Value { get; }
}
