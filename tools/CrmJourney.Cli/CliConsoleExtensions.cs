using System;
using Spectre.Console;

namespace CrmJourney.Cli;

/// <summary>
/// How commands write. Results and problems go out as plain lines, never wrapped to the terminal width,
/// so <c>path: problem</c> stays one line a script can read; summaries and warnings use Spectre.Console
/// colour when the console supports it.
/// </summary>
public static class CliConsoleExtensions
{
    /// <summary>Writes <paramref name="text"/> as one plain line.</summary>
    public static void Line(this IAnsiConsole console, string text)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Profile.Out.Writer.WriteLine(text);
    }

    /// <summary>Writes a success summary (green on a console that understands ANSI colours).</summary>
    public static void Success(this IAnsiConsole console, string text) => Styled(console, text, "32");

    /// <summary>Writes a warning (yellow on a console that understands ANSI colours).</summary>
    public static void Warning(this IAnsiConsole console, string text) => Styled(console, "Warning: " + text, "33");

    // Colour by SGR code straight to the writer: Spectre's renderables would wrap long lines.
    private static void Styled(IAnsiConsole console, string text, string colourCode)
    {
        ArgumentNullException.ThrowIfNull(console);
        var coloured = console.Profile.Capabilities.Ansi && console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;
        console.Line(coloured ? $"\u001b[{colourCode}m{text}\u001b[0m" : text);
    }
}
