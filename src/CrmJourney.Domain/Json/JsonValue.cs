using System.Globalization;

namespace CrmJourney.Domain.Json;

/// <summary>
/// A JSON value read by <see cref="Parse"/> or built in code. The product's own small JSON model: the
/// plugins carry the domain into Dataverse's sandbox, which provides no JSON library, so rule sets,
/// conditions, step configurations, sweep summaries and continuation tokens are read and written with
/// this instead of a dependency that would have to travel with the plugin assembly.
/// </summary>
public abstract class JsonValue
{
    private protected JsonValue()
    {
    }

    /// <summary>What kind of value this is.</summary>
    public abstract JsonKind Kind { get; }

    /// <summary>
    /// Parses <paramref name="text"/> as one JSON document (strict JSON: no comments, no trailing commas,
    /// no duplicate names in an object). Throws <see cref="JsonSyntaxException"/> with the line, position
    /// and path of the first problem.
    /// </summary>
    public static JsonValue Parse(string text) => JsonParser.ParseDocument(text ?? string.Empty);

    /// <summary>A JSON string, or JSON null for a null <paramref name="value"/>.</summary>
    public static implicit operator JsonValue(string? value) => value is null ? JsonNull.Instance : new JsonString(value);

    /// <summary>A JSON number.</summary>
    public static implicit operator JsonValue(int value) => new JsonNumber(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A JSON number.</summary>
    public static implicit operator JsonValue(long value) => new JsonNumber(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>true or false.</summary>
    public static implicit operator JsonValue(bool value) => value ? JsonBoolean.True : JsonBoolean.False;

    /// <summary>The value as compact JSON (no white space).</summary>
    public override string ToString() => JsonFormatter.Write(this, indented: false);

    /// <summary>The value as indented JSON: two spaces per level, one member per line, LF line ends.</summary>
    public string ToIndentedString() => JsonFormatter.Write(this, indented: true);
}
