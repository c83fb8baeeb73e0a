using System;

namespace CrmJourney.Plugins.Initialization;

/// <summary>
/// How one initialization runs: the sweep's plugin limits (90 seconds of the 2-minute limit, pages sized from the time
/// left) with pages of at most 1,000 accounts — every per-page read filters on the page's account ids, the
/// opportunity and lead reads with two In lists (customer or parent account), and 2 × 1,000 values keeps a query under
/// SQL Server's 2,100-parameter limit — plus the policy's two settings a caller
/// may change (engagement length, fallback service line). Immutable; change with <c>with</c>.
/// </summary>
public sealed record JourneyInitializationOptions
{
    /// <summary>The largest page: one In list of account ids per read.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The smallest page planned before pausing (a smaller one spends more on its fixed reads than on its accounts).</summary>
    public const int MinimumPageSize = 50;

    private readonly TimeSpan _timeBudget = TimeSpan.FromSeconds(90);
    private readonly int _pageSize = MaxPageSize;

    /// <summary>The defaults.</summary>
    public static JourneyInitializationOptions Default { get; } = new();

    /// <summary>The time one call may take; must be positive.</summary>
    public TimeSpan TimeBudget
    {
        get => _timeBudget;
        init => _timeBudget = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(TimeBudget), value, "The time budget must be positive, e.g. 90 seconds of a plugin's 2 minutes.");
    }

    /// <summary>The most accounts a page holds, 1 to 1,000.</summary>
    public int PageSize
    {
        get => _pageSize;
        init => _pageSize = value is >= 1 and <= MaxPageSize ? value : throw new ArgumentOutOfRangeException(nameof(PageSize), value, $"A page holds 1 to {MaxPageSize} accounts.");
    }

    /// <summary>Derive and report, write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Days a won opportunity's engagement is assumed to last.</summary>
    public int EngagementLengthDays { get; init; } = Domain.Initialization.InitializationPolicy.DefaultEngagementLengthDays;

    /// <summary>The service line for won opportunities that name none; null skips those accounts.</summary>
    public Guid? FallbackServiceLineId { get; init; }

    /// <summary>
    /// Recover from a duplicate alternate key (a concurrent initialization claimed some accounts first) by re-reading
    /// and leaving those accounts to it. Wrong inside a Dataverse transaction, where the fault has doomed the call:
    /// there it is reported and the caller runs the call again.
    /// </summary>
    public bool RecoverFromDuplicateKeys { get; init; } = true;
}
