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
    public static Option<string> Data() => new("--data") { Description = "The data folder: one <table>.csv per table (LocalOrg's CSV format), e.g. out/demo/data.", Required = true };

    /// <summary>--as-of YYYY-MM-DD.</summary>
    public static Option<string?> AsOf() => new("--as-of") { Description = "Evaluate as of this date (yyyy-MM-dd, UTC; default: today)." };

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
