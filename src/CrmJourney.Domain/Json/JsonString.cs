using System;

namespace CrmJourney.Domain.Json;

/// <summary>A JSON string.</summary>
public sealed class JsonString : JsonValue
{
    /// <summary>The string <paramref name="value"/>.</summary>
    public JsonString(string value)
    {
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <inheritdoc />
    public override JsonKind Kind => JsonKind.String;

    /// <summary>The text, unescaped.</summary>
    public string Value { get; }
}
