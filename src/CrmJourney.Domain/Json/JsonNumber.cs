using System;
using System.Globalization;

namespace CrmJourney.Domain.Json;

/// <summary>
/// A JSON number, kept as written so it is written back unchanged. A whole number is one written
/// without a fraction or exponent (<c>30</c>, not <c>30.0</c> or <c>3e1</c>), as the rule files expect.
/// </summary>
public sealed class JsonNumber : JsonValue
{
    /// <summary>The number written as <paramref name="text"/> (JSON number syntax, checked by the parser).</summary>
    internal JsonNumber(string text)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    /// <inheritdoc />
    public override JsonKind Kind => JsonKind.Number;

    /// <summary>The number as written.</summary>
    public string Text { get; }

    /// <summary>True when the number is written without a fraction or exponent.</summary>
    public bool IsWholeNumber => Text.IndexOfAny(new[] { '.', 'e', 'E' }) < 0;

    /// <summary>The whole number, when it is one and fits in 64 bits.</summary>
    public bool TryGetInt64(out long value)
    {
        value = 0;
        return IsWholeNumber && long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The whole number, when it is one and fits in 32 bits.</summary>
    public bool TryGetInt32(out int value)
    {
        value = 0;
        if (!TryGetInt64(out var wide) || wide < int.MinValue || wide > int.MaxValue)
        {
            return false;
        }

        value = (int)wide;
        return true;
    }
}
