using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Engagements;

namespace CrmJourney.Domain.Metrics;

/// <summary>
/// Retention of the clients whose first counting engagement started in <see cref="Year"/>: for 1, 2
/// and 3 years, of the cohort's clients whose first engagement is at least that long before the end
/// (so the window is fully observed — the base), how many had another counting engagement start within
/// that many years of the first (on or before the anniversary). A window no client has fully observed
/// has base 0 and no rate.
/// </summary>
/// <param name="Year">The first-engagement year.</param>
/// <param name="Clients">Clients in the cohort.</param>
/// <param name="Observed">Per horizon (1, 2, 3 years): the clients whose window ended before the end.</param>
/// <param name="Retained">Per horizon: of those, the clients with a repeat engagement within it.</param>
public sealed record RetentionCohort(int Year, int Clients, IReadOnlyList<int> Observed, IReadOnlyList<int> Retained)
{
    /// <summary>The horizons measured, in years.</summary>
    public static readonly IReadOnlyList<int> Horizons = new[] { 1, 2, 3 };

    /// <summary>The cohorts at <paramref name="end"/> (engagements started before it), by year ascending.</summary>
    public static IReadOnlyList<RetentionCohort> Compute(DateTime end, IEnumerable<Engagement> engagements)
    {
        var starts = (engagements ?? throw new ArgumentNullException(nameof(engagements)))
            .Where(e => e.Counts && e.StartedOn is DateTime s && s < end)
            .GroupBy(e => e.AccountId)
            .Select(g => g.Select(e => e.StartedOn!.Value).OrderBy(d => d).ToList())
            .ToList();
        return starts
            .GroupBy(s => s[0].Year)
            .OrderBy(g => g.Key)
            .Select(g => new RetentionCohort(
                g.Key,
                g.Count(),
                Horizons.Select(h => g.Count(s => s[0].AddYears(h) <= end)).ToList(),
                Horizons.Select(h => g.Count(s => s[0].AddYears(h) <= end && s.Count > 1 && s[1] <= s[0].AddYears(h))).ToList()))
            .ToList();
    }
}
