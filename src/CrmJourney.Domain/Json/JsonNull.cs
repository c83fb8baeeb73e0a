namespace CrmJourney.Domain.Json;

/// <summary>JSON null.</summary>
public sealed class JsonNull : JsonValue
{
    private JsonNull()
    {
    }

    /// <summary>The one null value.</summary>
    public static JsonNull Instance { get; } = new();

    /// <inheritdoc />
    public override JsonKind Kind => JsonKind.Null;
}
