using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Time;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Domain.Metrics;

/// <summary>
/// The firm's own "N touchpoints over M channels over D days" to a first engagement. Base: clients won
/// in the range — accounts whose first counting engagement (earliest start) falls within it. Per client:
/// its touchpoints strictly before that start, their distinct channels, and — for a client with at least
/// one — the whole days from its first touchpoint to the first engagement. Medians are nearest-rank
/// (the lower middle value of an even count); means are exact. The channel mix tallies all those
/// touchpoints.
/// </summary>
public sealed record PathToFirstEngagement(
    int Clients,
    int ClientsWithTouchpoints,
    int Touchpoints,
    double? MeanTouchpoints,
    int? MedianTouchpoints,
    double? MeanChannels,
    int? MedianChannels,
    double? MeanDays,
    int? MedianDays,
    TouchpointTally ChannelMix)
{
    /// <summary>The path for clients won in <paramref name="range"/>.</summary>
    public static PathToFirstEngagement Compute(DateRange range, IEnumerable<Engagement> engagements, IEnumerable<Touchpoint> touchpoints)
    {
        if (range is null)
        {
            throw new ArgumentNullException(nameof(range));
        }

        var firsts = (engagements ?? throw new ArgumentNullException(nameof(engagements)))
            .Where(e => e.Counts && e.StartedOn.HasValue)
            .GroupBy(e => e.AccountId)
            .Select(g => new { Account = g.Key, First = g.Min(e => e.StartedOn!.Value) })
            .Where(a => range.Contains(a.First))
            .ToDictionary(a => a.Account, a => a.First);
        var before = (touchpoints ?? throw new ArgumentNullException(nameof(touchpoints)))
            .Where(t => firsts.TryGetValue(t.AccountId, out var first) && t.OccurredOn < first)
            .ToList();
        var byClient = before.GroupBy(t => t.AccountId).ToDictionary(g => g.Key, g => g.ToList());
        var counts = firsts.Keys.Select(a => byClient.TryGetValue(a, out var l) ? l.Count : 0).OrderBy(n => n).ToList();
        var channels = firsts.Keys.Select(a => byClient.TryGetValue(a, out var l) ? l.Select(t => t.Channel).Distinct().Count() : 0).OrderBy(n => n).ToList();
        var days = byClient.Select(p => WholeDays.Between(p.Value.Min(t => t.OccurredOn), firsts[p.Key])).OrderBy(d => d).ToList();
        return new PathToFirstEngagement(
            firsts.Count,
            byClient.Count,
            before.Count,
            counts.Count == 0 ? null : counts.Average(),
            counts.Count == 0 ? null : TimeInStage.NearestRank(counts, 50),
            channels.Count == 0 ? null : channels.Average(),
            channels.Count == 0 ? null : TimeInStage.NearestRank(channels, 50),
            days.Count == 0 ? null : days.Average(),
            days.Count == 0 ? null : TimeInStage.NearestRank(days, 50),
            TouchpointTally.Of(before));
    }
}
