using System;
using Spectre.Console;

namespace CrmJourney.Cli;

/// <summary>
/// What commands receive from the application: where to write (results to <see cref="Out"/>, failures
/// and warnings to <see cref="Error"/>) and the directory relative paths start from. Tests pass
/// consoles that write to strings and a temporary directory.
/// </summary>
public sealed class CliContext
{
    /// <summary>A context writing to <paramref name="output"/> and <paramref name="error"/>, resolving paths from <paramref name="workingDirectory"/>.</summary>
    public CliContext(IAnsiConsole output, IAnsiConsole error, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentException.ThrowIfNullOrWhiteSpace(workingDirectory);
        Out = output;
        Error = error;
        WorkingDirectory = workingDirectory;
    }

    /// <summary>Standard output: results.</summary>
    public IAnsiConsole Out { get; }

    /// <summary>Standard error: failures and warnings.</summary>
    public IAnsiConsole Error { get; }

    /// <summary>The directory relative paths are resolved from.</summary>
    public string WorkingDirectory { get; }

    /// <summary><paramref name="path"/> as a full path, relative ones taken from <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => System.IO.Path.GetFullPath(path, WorkingDirectory);
}
