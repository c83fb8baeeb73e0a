using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Engagements;

namespace CrmJourney.Domain.Metrics;

/// <summary>
/// Client lifetime value: per client (see <see cref="ClientDefinitions"/>) the sum of the values of
/// its counting engagements started before the end. Median is nearest-rank (the lower middle value of
/// an even count). By tier: clients of each tier ("No tier" when unset). By service line: the clients
/// who bought the line and the value of their engagements in it (a client of two lines counts in both,
/// with each line's share of its value).
/// </summary>
public sealed record ClientValueFigures(int Clients, decimal Total, decimal Mean, decimal Median, IReadOnlyList<ValueRow> ByTier, IReadOnlyList<ValueRow> ByServiceLine)
{
    /// <summary>The label of an unset tier.</summary>
    public const string NoTier = "No tier";

    /// <summary>The figures at <paramref name="end"/>; <paramref name="tierOf"/> gives each account's tier.</summary>
    public static ClientValueFigures Compute(DateTime end, IEnumerable<Engagement> engagements, IReadOnlyDictionary<Guid, ClientTier?> tierOf)
    {
        if (tierOf is null)
        {
            throw new ArgumentNullException(nameof(tierOf));
        }

        var counting = (engagements ?? throw new ArgumentNullException(nameof(engagements))).Where(e => e.Counts && e.StartedOn is DateTime s && s < end).ToList();
        var perClient = counting.GroupBy(e => e.AccountId).ToDictionary(g => g.Key, g => g.Sum(e => e.Value));
        var values = perClient.Values.OrderBy(v => v).ToList();
        var total = values.Sum();
        var byTier = perClient
            .GroupBy(p => tierOf.TryGetValue(p.Key, out var t) && t is ClientTier tier ? TierLabel(tier) : NoTier)
            .Select(g => Row(g.Key, g.Count(), g.Sum(p => p.Value)))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        var byLine = counting
            .GroupBy(e => e.ServiceLineId)
            .Select(g => Row(g.Key.ToString("D"), g.Select(e => e.AccountId).Distinct().Count(), g.Sum(e => e.Value)))
            .OrderByDescending(r => r.Total)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        return new ClientValueFigures(
            values.Count,
            total,
            values.Count == 0 ? 0m : total / values.Count,
            values.Count == 0 ? 0m : values[(((50 * values.Count) + 99) / 100) - 1],
            byTier,
            byLine);
    }

    /// <summary>"Tier 1" for tier 1.</summary>
    public static string TierLabel(ClientTier tier) => "Tier " + ((int)tier + 1).ToString(CultureInfo.InvariantCulture);

    private static ValueRow Row(string key, int clients, decimal total) => new(key, clients, total, clients == 0 ? 0m : total / clients);
}
