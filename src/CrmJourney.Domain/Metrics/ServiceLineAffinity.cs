using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Engagements;

namespace CrmJourney.Domain.Metrics;

/// <summary>
/// Which service lines clients buy together: of the clients who bought line A, how many also bought
/// line B. "Bought" means a counting engagement (Active or Completed) in the line, whenever it was;
/// a client counts once per line however many engagements it had there. The share A → B is
/// both(A, B) / buyers(A) and is not symmetric (of 10 Tax clients 4 bought Audit is 40%; of 5 Audit
/// clients those 4 are 80%). Immutable; built from engagements (the report), from the lines each client
/// bought (the sweep's paged read) or from pair counts (a continuation token).
/// </summary>
public sealed class ServiceLineAffinity
{
    /// <summary>The most lines a suggestion names: the best share and lines tied with it, at most two.</summary>
    public const int MaxSuggestions = 2;

    private readonly Dictionary<ServiceLinePair, int> _both;

    private ServiceLineAffinity(Dictionary<ServiceLinePair, int> both)
    {
        _both = both;
    }

    /// <summary>No data: every share is unknown and nothing is suggested.</summary>
    public static ServiceLineAffinity Empty { get; } = new(new Dictionary<ServiceLinePair, int>());

    /// <summary>The affinity of the counting engagements in <paramref name="engagements"/>, whenever they started.</summary>
    public static ServiceLineAffinity Of(IEnumerable<Engagement> engagements) =>
        FromClients((engagements ?? throw new ArgumentNullException(nameof(engagements)))
            .Where(e => e.Counts)
            .GroupBy(e => e.AccountId)
            .Select(g => g.Select(e => e.ServiceLineId)));

    /// <summary>The affinity of the engagements bought by <paramref name="asOf"/> (<see cref="ClientDefinitions.Bought(Engagement, DateTime)"/>).</summary>
    public static ServiceLineAffinity Of(IEnumerable<Engagement> engagements, DateTime asOf) =>
        FromClients((engagements ?? throw new ArgumentNullException(nameof(engagements)))
            .Where(e => ClientDefinitions.Bought(e, asOf))
            .GroupBy(e => e.AccountId)
            .Select(g => g.Select(e => e.ServiceLineId)));

    /// <summary>
    /// The affinity of clients given as the lines each bought (one entry per client; a line repeated
    /// within an entry counts once). What the sweep builds from its paged read of the engagements.
    /// </summary>
    public static ServiceLineAffinity FromClients(IEnumerable<IEnumerable<Guid>> linesPerClient)
    {
        var both = new Dictionary<ServiceLinePair, int>();
        foreach (var client in linesPerClient ?? throw new ArgumentNullException(nameof(linesPerClient)))
        {
            var lines = (client ?? Enumerable.Empty<Guid>()).Distinct().ToList();
            foreach (var a in lines)
            {
                foreach (var b in lines)
                {
                    var key = new ServiceLinePair(a, b);
                    both[key] = both.TryGetValue(key, out var n) ? n + 1 : 1;
                }
            }
        }

        return new ServiceLineAffinity(both);
    }

    /// <summary>
    /// The affinity from counts already aggregated: for each (A, B) the distinct clients who bought both
    /// (A = B giving the buyers of A). Pairs given twice are added up; negative counts are refused.
    /// </summary>
    public static ServiceLineAffinity FromCounts(IEnumerable<ServiceLinePairCount> counts)
    {
        var both = new Dictionary<ServiceLinePair, int>();
        foreach (var count in counts ?? throw new ArgumentNullException(nameof(counts)))
        {
            var key = new ServiceLinePair(count.First, count.Second);
            both[key] = (both.TryGetValue(key, out var n) ? n : 0) + count.Clients;
        }

        return new ServiceLineAffinity(both);
    }

    /// <summary>
    /// Every (A, B) count above zero (A = B giving the buyers of A), ordered by A then B: what
    /// <see cref="FromCounts"/> rebuilds the same affinity from (a sweep's continuation token carries it).
    /// </summary>
    public IReadOnlyList<ServiceLinePairCount> Counts() =>
        _both.Where(p => p.Value > 0)
            .OrderBy(p => p.Key.First)
            .ThenBy(p => p.Key.Second)
            .Select(p => new ServiceLinePairCount(p.Key.First, p.Key.Second, p.Value))
            .ToList();

    /// <summary>Clients who bought <paramref name="line"/>.</summary>
    public int BuyersOf(Guid line) => Both(line, line);

    /// <summary>Clients who bought both lines (the buyers of the line when both are the same).</summary>
    public int Both(Guid first, Guid second) => _both.TryGetValue(new ServiceLinePair(first, second), out var n) ? n : 0;

    /// <summary>Of the buyers of <paramref name="bought"/>, the share who also bought <paramref name="also"/>; null when nobody bought it.</summary>
    public double? Share(Guid bought, Guid also)
    {
        var buyers = BuyersOf(bought);
        return buyers == 0 ? null : (double)Both(bought, also) / buyers;
    }

    /// <summary>
    /// The best next lines for a client who bought only <paramref name="bought"/>: the other lines of
    /// <paramref name="catalogue"/> with the highest share above zero, and lines tied with it, by name,
    /// at most <see cref="MaxSuggestions"/>. Empty when no other line was ever bought with it.
    /// </summary>
    public IReadOnlyList<AffinitySuggestion> BestNext(Guid bought, IEnumerable<ServiceLine> catalogue)
    {
        var candidates = (catalogue ?? throw new ArgumentNullException(nameof(catalogue)))
            .Where(s => s.Id != bought)
            .Select(s => new AffinitySuggestion(s, Both(bought, s.Id), BuyersOf(bought)))
            .Where(s => s.AlsoBought > 0)
            .OrderByDescending(s => s.AlsoBought)
            .ThenBy(s => s.Line.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return candidates.Count == 0
            ? Array.Empty<AffinitySuggestion>()
            : candidates.Where(s => s.AlsoBought == candidates[0].AlsoBought).Take(MaxSuggestions).ToList();
    }
}
