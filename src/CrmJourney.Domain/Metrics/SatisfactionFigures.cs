using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.Domain.Metrics;

/// <summary>
/// Satisfaction (1–5) and what follows it: per score, the completed engagements scored so (ended
/// before the end; scores outside 1–5 are ignored), and the clients whose latest scored engagement
/// got that score, with how many of them are advocates, repeat clients and referrers (sets the caller
/// computes with the shared definitions, as of the same end).
/// </summary>
public static class SatisfactionFigures
{
    /// <summary>One row per score 1 to 5.</summary>
    public static IReadOnlyList<SatisfactionRow> Compute(DateTime end, IEnumerable<EngagementScore> scores, ISet<Guid> advocates, ISet<Guid> repeatClients, ISet<Guid> referrers)
    {
        if (advocates is null || repeatClients is null || referrers is null)
        {
            throw new ArgumentNullException(advocates is null ? nameof(advocates) : repeatClients is null ? nameof(repeatClients) : nameof(referrers));
        }

        var valid = (scores ?? throw new ArgumentNullException(nameof(scores))).Where(s => s.EndedOn < end && s.Score is >= 1 and <= 5).ToList();
        var latest = valid.GroupBy(s => s.AccountId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.EndedOn).Last().Score);
        return Enumerable.Range(1, 5)
            .Select(score =>
            {
                var clients = latest.Where(p => p.Value == score).Select(p => p.Key).ToList();
                return new SatisfactionRow(score, valid.Count(s => s.Score == score), clients.Count, clients.Count(advocates.Contains), clients.Count(repeatClients.Contains), clients.Count(referrers.Contains));
            })
            .ToList();
    }
}
