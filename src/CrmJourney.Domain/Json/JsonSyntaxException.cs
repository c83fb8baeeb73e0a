using System;
using System.Globalization;

namespace CrmJourney.Domain.Json;

/// <summary>
/// Text that is not one valid JSON document. <see cref="Line"/> is 1-based; <see cref="Position"/> is
/// the number of characters on that line before the problem (so a stray quote that is the 19th character
/// of its line is at position 18). <see cref="Path"/> names the member being read (<c>rules[0].name</c>),
/// empty at the top level.
/// </summary>
public sealed class JsonSyntaxException : Exception
{
    /// <summary>An exception for an unreadable document.</summary>
    public JsonSyntaxException()
        : this("The text is not valid JSON.")
    {
    }

    /// <summary>An exception with <paramref name="message"/> and no location.</summary>
    public JsonSyntaxException(string message)
        : base(message)
    {
        Path = string.Empty;
    }

    /// <summary>An exception with <paramref name="message"/> and <paramref name="innerException"/>.</summary>
    public JsonSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    /// <summary>The problem <paramref name="reason"/> at <paramref name="line"/>/<paramref name="position"/>, inside <paramref name="path"/>.</summary>
    public JsonSyntaxException(string reason, int line, int position, string path, bool afterDocument)
        : base(string.Format(CultureInfo.InvariantCulture, "{0} (line {1}, position {2})", reason, line, position))
    {
        Reason = reason;
        Line = line;
        Position = position;
        Path = path ?? string.Empty;
        AfterDocument = afterDocument;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string? Reason { get; }

    /// <summary>The line of the problem, from 1.</summary>
    public int Line { get; }

    /// <summary>The characters on <see cref="Line"/> before the problem.</summary>
    public int Position { get; }

    /// <summary>The member being read when the problem was found; empty at the top level.</summary>
    public string Path { get; }

    /// <summary>True when the document was complete and more text followed it.</summary>
    public bool AfterDocument { get; }
}
