using System;
using System.IO;
using Spectre.Console;

namespace CrmJourney.Cli.Tests;

/// <summary>Runs cjp in-process with string consoles, from a chosen working directory.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun In(string workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(Console(output), Console(error), workingDirectory);

        var code = CliApplication.WithAllCommands(context).Run(args);

        return new CliRun(code, output.ToString(), error.ToString());
    }

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IAnsiConsole Console(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Out = new AnsiConsoleOutput(writer),
        Interactive = InteractionSupport.No,
    });
}
