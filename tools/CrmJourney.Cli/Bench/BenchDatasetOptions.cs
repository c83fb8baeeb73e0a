using System;

namespace CrmJourney.Cli.Bench;

/// <summary>
/// What <see cref="BenchDataset"/> builds: how many accounts, the seed that makes it reproducible (same
/// options, same rows, same ids) and the instant the sweep and the baseline run as of. Immutable.
/// </summary>
public sealed record BenchDatasetOptions
{
    /// <summary>The default number of accounts (with about ten completed activities each: a million activities).</summary>
    public const int DefaultAccounts = 100_000;

    /// <summary>The most accounts a bench builds (about 11 million rows, several GB of memory per copy).</summary>
    public const int MaxAccounts = 1_000_000;

    private readonly int _accounts = DefaultAccounts;

    /// <summary>The default options: 100,000 accounts, seed 1, as of Monday 2 November 2026.</summary>
    public static BenchDatasetOptions Default { get; } = new();

    /// <summary>How many accounts, 1 to <see cref="MaxAccounts"/>.</summary>
    public int Accounts
    {
        get => _accounts;
        init => _accounts = value is >= 1 and <= MaxAccounts
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Accounts), value, $"A bench dataset has 1 to {MaxAccounts:N0} accounts.");
    }

    /// <summary>The seed of every random choice (stages, dates, activity types, service lines, partners).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The instant the sweep and the baseline evaluate as of (UTC).</summary>
    public DateTime AsOf { get; init; } = new(2026, 11, 2, 6, 0, 0, DateTimeKind.Utc);
}
