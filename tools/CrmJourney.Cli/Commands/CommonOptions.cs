using System;
using System.CommandLine;
using System.Globalization;

namespace CrmJourney.Cli.Commands;

/// <summary>Options several commands share, so they are spelled and explained the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>The date format of every date option.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>--data DIR: a CSV data folder.</summary>
    public static Option<string> Data() => new("--data") { Description = "The data: a folder of <table>.csv files (LocalOrg's CSV format, e.g. out/demo/data), a Configuration Migration data.zip (pac data export), or a folder holding its data.xml.", Required = true };

    /// <summary>--as-of YYYY-MM-DD.</summary>
    public static Option<string?> AsOf() => new("--as-of") { Description = "Evaluate as of this date (yyyy-MM-dd, UTC; default: today)." };

    /// <summary>--lock-wait SECONDS: how long a writer waits for another writer of the same data folder.</summary>
    public static Option<int> LockWait() => new("--lock-wait")
    {
        Description = "Seconds to wait while another command writes the same data folder before giving up (default 30).",
        DefaultValueFactory = _ => (int)Organization.DataFolderLock.DefaultWait.TotalSeconds,
    };

    /// <summary>The --lock-wait value as a time span; a negative number is bad input.</summary>
    public static TimeSpan ParseLockWait(int seconds) =>
        seconds >= 0 ? TimeSpan.FromSeconds(seconds) : throw CliFailure.BadInput($"--lock-wait {seconds.ToString(CultureInfo.InvariantCulture)} is negative; pass the seconds to wait, e.g. --lock-wait 30, or 0 not to wait.");

    /// <summary>A yyyy-MM-dd date as UTC midnight; null stays null; anything else is bad input.</summary>
    public static DateTime? ParseAsOf(string? text, string option = "--as-of")
    {
        if (text == null)
        {
            return null;
        }

        return DateTime.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
            : throw CliFailure.BadInput($"{option} '{text}' is not a date; write it as {DateFormat}, e.g. 2026-06-30.");
    }
}
