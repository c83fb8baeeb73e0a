using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Referrals;
using CrmJourney.Domain.Time;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Domain.Metrics;

/// <summary>
/// Trends over a range: the stage counts at the end of each calendar month the range covers (at the
/// range's end for a last, partial month) and the flows within each calendar quarter (clipped to the
/// range), with the same definitions as <see cref="JourneyMetricsCalculator"/>.
/// </summary>
public static class JourneyTrends
{
    /// <summary>Stage counts per month: (month's first day, counts at the month's end or the range's end).</summary>
    public static IReadOnlyList<PeriodStageCounts> Monthly(DateRange range, IEnumerable<StageTransition> transitions, IEnumerable<StageEntry> entries)
    {
        if (range is null)
        {
            throw new ArgumentNullException(nameof(range));
        }

        var moves = (transitions ?? throw new ArgumentNullException(nameof(transitions))).ToList();
        var known = (entries ?? throw new ArgumentNullException(nameof(entries))).ToList();
        return Periods(range, 1)
            .Select(p =>
            {
                var metrics = Compute(p, moves, known);
                return new PeriodStageCounts(p.From, metrics.StageCountsAtEnd, metrics.Flows);
            })
            .ToList();
    }

    /// <summary>Flows per quarter: (quarter's first day or the range's start, the flows within it).</summary>
    public static IReadOnlyList<PeriodStageCounts> Quarterly(DateRange range, IEnumerable<StageTransition> transitions, IEnumerable<StageEntry> entries)
    {
        if (range is null)
        {
            throw new ArgumentNullException(nameof(range));
        }

        var moves = (transitions ?? throw new ArgumentNullException(nameof(transitions))).ToList();
        var known = (entries ?? throw new ArgumentNullException(nameof(entries))).ToList();
        return Periods(range, 3)
            .Select(p =>
            {
                var metrics = Compute(p, moves, known);
                return new PeriodStageCounts(p.From, metrics.StageCountsAtEnd, metrics.Flows);
            })
            .ToList();
    }

    private static JourneyMetrics Compute(DateRange period, List<StageTransition> moves, List<StageEntry> entries) =>
        JourneyMetricsCalculator.Compute(period, moves, Array.Empty<Engagement>(), Array.Empty<Touchpoint>(), Array.Empty<Referral>(), entries);

    private static IEnumerable<DateRange> Periods(DateRange range, int months)
    {
        var start = new DateTime(range.From.Year, ((range.From.Month - 1) / months * months) + 1, 1, 0, 0, 0, DateTimeKind.Utc);
        while (start < range.To)
        {
            var next = start.AddMonths(months);
            yield return new DateRange(start < range.From ? range.From : start, next > range.To ? range.To : next);
            start = next;
        }
    }
}
