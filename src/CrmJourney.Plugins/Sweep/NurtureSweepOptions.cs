using System;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// How one sweep runs. Defaults fit a Dataverse plugin: 90 seconds of the platform's 2-minute limit
/// (plug-ins "must complete within a generous 2-minute time limit": "Optimize performance for bulk
/// operations", https://learn.microsoft.com/power-apps/developer/data-platform/optimize-performance-create-update;
/// the rest is headroom for an estimate that was off), pages of at most 5,000 accounts (the largest page
/// Dataverse returns) whose actual size the sweep plans from the time left, and the domain's two-year
/// dormancy horizon. Immutable; change with <c>with</c>.
/// </summary>
public sealed record NurtureSweepOptions
{
    /// <summary>The largest page Dataverse returns, and the batch size of writes is 1,000.</summary>
    public const int MaxPageSize = 5000;

    /// <summary>
    /// The smallest page the sweep plans (or <see cref="PageSize"/> when that is smaller): a smaller page would
    /// spend more on its five fixed queries than on its accounts, so when not even this fits the time left the
    /// call pauses and the next call, with a whole budget, goes on.
    /// </summary>
    public const int MinimumPageSize = 50;

    private readonly TimeSpan _timeBudget = TimeSpan.FromSeconds(90);
    private readonly int _pageSize = MaxPageSize;

    /// <summary>The default options.</summary>
    public static NurtureSweepOptions Default { get; } = new();

    /// <summary>
    /// The time one call may take. The sweep sizes each page to take at most half the time left (judged by the
    /// slowest time per account so far), pauses at the page boundary where not even a minimum page fits, and
    /// leaves the digests to a call of their own when the pages used more than half the budget. Must be positive.
    /// </summary>
    public TimeSpan TimeBudget
    {
        get => _timeBudget;
        init => _timeBudget = value > TimeSpan.Zero
            ? value
            : throw new ArgumentOutOfRangeException(nameof(TimeBudget), value, "The time budget must be positive, e.g. 90 seconds of a plugin's 2 minutes.");
    }

    /// <summary>The most accounts a page holds, 1 to 5,000; the sweep plans smaller pages when time is short.</summary>
    public int PageSize
    {
        get => _pageSize;
        init => _pageSize = value is >= 1 and <= MaxPageSize
            ? value
            : throw new ArgumentOutOfRangeException(nameof(PageSize), value, $"A page holds 1 to {MaxPageSize} accounts (Dataverse's largest page).");
    }

    /// <summary>When a between-engagements client becomes a former client.</summary>
    public DormancyPolicy Dormancy { get; init; } = new();

    /// <summary>Compute everything and write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Evaluate only this rule (and move no dormant accounts); null runs every active rule.</summary>
    public Guid? RuleId { get; init; }

    /// <summary>
    /// When a log batch hits a duplicate alternate key (a concurrent sweep recorded some of the same
    /// firings), re-read the page's logs and write the rest. Right for a client such as the CLI; wrong
    /// inside a Dataverse transaction, where any failed request dooms the whole transaction — there the
    /// fault is reported and the caller runs the page again with the same token.
    /// </summary>
    public bool RecoverFromDuplicateKeys { get; init; } = true;

    /// <summary>
    /// The organization URL digests link each account's record under (…/main.aspx?pagetype=entityrecord&amp;etn=account&amp;id=…).
    /// Null reads the cjp_OrgUrl environment variable — one request, only when the sweep writes a digest;
    /// an embedded organization (LocalOrg) has no environment variables and passes its base URL here.
    /// </summary>
    public string? OrganizationUrl { get; init; }

    /// <summary>
    /// Give digest emails from/to activity parties (the recipient). Dataverse needs them to send an
    /// email. LocalOrg now keeps activity parties too (activityparty rows); the benchmarks and replay
    /// still turn this off, which only leaves the digests without party rows.
    /// </summary>
    public bool WriteActivityParties { get; init; } = true;
}
