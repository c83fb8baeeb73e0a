using System;
using CrmJourney.Domain.Metrics;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// Where a sweep stands: the as-of instant every call evaluates against, the rule filter and dry-run
/// flag it started with, the next page to read (number and Dataverse paging cookie), how many pages are
/// done, the totals so far and the service-line affinity the first call read (so every call of one sweep
/// suggests from the same evidence, however the engagements change meanwhile). What a continuation
/// token carries.
/// </summary>
internal sealed class SweepState
{
    public SweepState(DateTime asOf, Guid? ruleId, bool dryRun, int nextPage, string? pagingCookie, int pagesDone, SweepTotals totals)
    {
        AsOf = asOf;
        RuleId = ruleId;
        DryRun = dryRun;
        NextPage = nextPage;
        PagingCookie = pagingCookie;
        PagesDone = pagesDone;
        Totals = totals;
    }

    public DateTime AsOf { get; }

    public Guid? RuleId { get; }

    public bool DryRun { get; }

    public int NextPage { get; set; }

    public string? PagingCookie { get; set; }

    public int PagesDone { get; set; }

    /// <summary>Pages finished by earlier calls of this sweep (their firings are only in the logs now).</summary>
    public int PagesDoneBefore { get; init; }

    public SweepTotals Totals { get; }

    /// <summary>The service-line affinity of the organization as the sweep's first call read it; null until read (or when no rule needs it).</summary>
    public ServiceLineAffinity? Affinity { get; set; }

    public static SweepState Start(DateTime asOf, Guid? ruleId, bool dryRun) => new(asOf, ruleId, dryRun, 1, null, 0, new SweepTotals());
}
