using System;
using System.Collections.Generic;

namespace CrmJourney.Domain.Templates;

/// <summary>
/// The already-formatted text each placeholder renders as. Immutable: <see cref="With"/> returns a copy.
/// Names are case-insensitive. Values are formatted by the caller through <see cref="TemplateFormat"/>
/// so rendering itself does no culture-sensitive work.
/// </summary>
public sealed class TemplateValues
{
    private readonly Dictionary<string, string> _values;

    private TemplateValues(Dictionary<string, string> values)
    {
        _values = values;
    }

    /// <summary>No values: every placeholder renders as "n/a".</summary>
    public static TemplateValues Empty { get; } = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>A copy with <paramref name="name"/> set to <paramref name="value"/> (null renders as "n/a").</summary>
    public TemplateValues With(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A placeholder value needs a name, such as \"account.name\".", nameof(name));
        }

        var copy = new Dictionary<string, string>(_values, StringComparer.OrdinalIgnoreCase)
        {
            [name.Trim()] = value ?? TemplateFormat.Missing,
        };
        return new TemplateValues(copy);
    }

    /// <summary>The value of <paramref name="name"/>, or "n/a" when it was never set.</summary>
    public string Get(string name) => _values.TryGetValue(name, out var value) ? value : TemplateFormat.Missing;
}
