using System;

namespace CrmJourney.Domain.Templates;

/// <summary>
/// One piece of a parsed <see cref="TaskTemplate"/>: literal text (with <c>{{</c> and <c>}}</c> already
/// reduced to single braces) or a placeholder name (lower-case, without braces).
/// </summary>
public sealed record TemplateSegment
{
    private TemplateSegment(string text, bool isPlaceholder)
    {
        Text = text;
        IsPlaceholder = isPlaceholder;
    }

    /// <summary>The literal text, or the placeholder's name when <see cref="IsPlaceholder"/> is true.</summary>
    public string Text { get; }

    /// <summary>True for a placeholder, false for literal text.</summary>
    public bool IsPlaceholder { get; }

    /// <summary>A literal piece of text, rendered as is.</summary>
    public static TemplateSegment Literal(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), false);

    /// <summary>A placeholder; the name must not be blank and is stored lower-case.</summary>
    public static TemplateSegment Placeholder(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A placeholder needs a name, such as \"account.name\".", nameof(name));
        }

        return new(name.Trim().ToLowerInvariant(), true);
    }
}
