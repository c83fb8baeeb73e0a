using System;
using System.Globalization;

namespace CrmJourney.Cli.Generation;

/// <summary>
/// The size and seed of a generated firm. The history always ends on <see cref="HistoryEnd"/> (a fixed
/// date, not today) so the same options give the same data on any day.
/// </summary>
public sealed record GeneratorOptions
{
    /// <summary>The demo's default number of accounts.</summary>
    public const int DefaultAccounts = 400;

    /// <summary>The demo's default years of history.</summary>
    public const int DefaultYears = 3;

    /// <summary>The demo's default seed.</summary>
    public const int DefaultSeed = 2026;

    /// <summary>The upper bound on accounts: beyond it the replay would take minutes, not seconds.</summary>
    public const int MaxAccounts = 20000;

    /// <summary>The upper bound on years of history.</summary>
    public const int MaxYears = 10;

    /// <summary>The last day of every generated history (exclusive end, midnight UTC).</summary>
    public static DateTime HistoryEnd { get; } = new(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>How many accounts (clients and prospects).</summary>
    public int Accounts { get; init; } = DefaultAccounts;

    /// <summary>How many years of history, ending on <see cref="HistoryEnd"/>.</summary>
    public int Years { get; init; } = DefaultYears;

    /// <summary>The random seed: the same seed gives the same firm.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>The first day of the history.</summary>
    public DateTime HistoryStart => HistoryEnd.AddYears(-Years);

    /// <summary>A sentence naming what is out of range and the allowed range, or null when the options are usable.</summary>
    public string? Problem()
    {
        if (Accounts < 1 || Accounts > MaxAccounts)
        {
            return string.Create(CultureInfo.InvariantCulture, $"--accounts {Accounts} is out of range; pass a number from 1 to {MaxAccounts}.");
        }

        return Years < 1 || Years > MaxYears
            ? string.Create(CultureInfo.InvariantCulture, $"--years {Years} is out of range; pass a number from 1 to {MaxYears}.")
            : null;
    }
}
