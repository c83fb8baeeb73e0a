using System;

namespace CrmJourney.Cli;

/// <summary>
/// A failure a command reports to the user: one sentence saying what is wrong and how to fix it, and
/// the exit code. <see cref="CliApplication"/> prints the sentence (no stack trace) and exits with the code.
/// </summary>
public sealed class CliFailure : Exception
{
    /// <summary>A failure with exit code <paramref name="exitCode"/> and the sentence <paramref name="message"/>.</summary>
    public CliFailure(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    /// <summary>A failure wrapping <paramref name="innerException"/> (shown with --verbose).</summary>
    public CliFailure(int exitCode, string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    /// <summary>The exit code, one of <see cref="ExitCodes"/>.</summary>
    public int ExitCode { get; }

    /// <summary>Wrong input or usage (exit code 2).</summary>
    public static CliFailure BadInput(string message) => new(ExitCodes.BadInput, message);

    /// <summary>The work failed (exit code 1).</summary>
    public static CliFailure Failed(string message, Exception? cause = null) =>
        cause == null ? new CliFailure(ExitCodes.Failed, message) : new CliFailure(ExitCodes.Failed, message, cause);
}
