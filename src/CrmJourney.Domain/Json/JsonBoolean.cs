namespace CrmJourney.Domain.Json;

/// <summary>JSON true or false.</summary>
public sealed class JsonBoolean : JsonValue
{
    private JsonBoolean(bool value)
    {
        Value = value;
    }

    /// <summary>true.</summary>
    public static JsonBoolean True { get; } = new(true);

    /// <summary>false.</summary>
    public static JsonBoolean False { get; } = new(false);

    /// <inheritdoc />
    public override JsonKind Kind => JsonKind.Boolean;

    /// <summary>The value.</summary>
    public bool Value { get; }
}
