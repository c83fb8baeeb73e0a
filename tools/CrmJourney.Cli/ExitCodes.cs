namespace CrmJourney.Cli;

/// <summary>The exit codes every cjp command uses, so scripts can tell a failed job from a wrong call.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The work itself failed (an error while running, an invalid plugin registration in code…).</summary>
    public const int Failed = 1;

    /// <summary>The input or the call was wrong: unknown option, missing folder, invalid solution files.</summary>
    public const int BadInput = 2;
}
