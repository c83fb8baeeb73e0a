using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Domain.Metrics;

/// <summary>
/// Statistics of the time accounts spent in one stage, over completed stays (a transition out of the
/// stage; stays still running at the end of the range are not counted, since their length is not
/// known yet). Percentiles use the nearest-rank method: sort the n stays ascending and take the
/// value at 1-based rank ⌈p/100 × n⌉ — always an observed value, no interpolation; so the median
/// (p50) of an even count is the lower of the two middle values, and p90 of 10 stays is the 9th.
/// With no stays, the median and p90 are null.
/// </summary>
public sealed record TimeInStage
{
    private TimeInStage(JourneyStage stage, int stayCount, int? medianDays, int? p90Days)
    {
        Stage = stage;
        StayCount = stayCount;
        MedianDays = medianDays;
        P90Days = p90Days;
    }

    /// <summary>The stage.</summary>
    public JourneyStage Stage { get; }

    /// <summary>Completed stays measured.</summary>
    public int StayCount { get; }

    /// <summary>Nearest-rank median in whole days, or null without stays.</summary>
    public int? MedianDays { get; }

    /// <summary>Nearest-rank 90th percentile in whole days, or null without stays.</summary>
    public int? P90Days { get; }

    /// <summary>Statistics of <paramref name="stayDays"/> (whole days; negative values are refused).</summary>
    public static TimeInStage Of(JourneyStage stage, IEnumerable<int> stayDays)
    {
        if (stayDays is null)
        {
            throw new ArgumentNullException(nameof(stayDays));
        }

        var sorted = stayDays.OrderBy(d => d).ToList();
        if (sorted.Count > 0 && sorted[0] < 0)
        {
            throw new ArgumentException("Time in a stage cannot be negative.", nameof(stayDays));
        }

        return sorted.Count == 0
            ? new TimeInStage(stage, 0, null, null)
            : new TimeInStage(stage, sorted.Count, NearestRank(sorted, 50), NearestRank(sorted, 90));
    }

    /// <summary>The nearest-rank <paramref name="percent"/>-th percentile of a non-empty ascending list.</summary>
    public static int NearestRank(IReadOnlyList<int> ascending, int percent)
    {
        if (ascending is null || ascending.Count == 0)
        {
            throw new ArgumentException("A percentile needs at least one value.", nameof(ascending));
        }

        if (percent < 1 || percent > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentile is between 1 and 100.");
        }

        var rank = ((percent * ascending.Count) + 99) / 100;
        return ascending[rank - 1];
    }
}
