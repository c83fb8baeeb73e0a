using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Time;

namespace CrmJourney.Domain.Metrics;

/// <summary>
/// What became of the period's prospects (the buyer's journey: engaged / not now / no way). Base: the
/// accounts that were prospects at some time in the range (<see cref="JourneyMetricsCalculator.AccountsInStageDuring"/>),
/// the same base as the Prospect → Active client conversion. Each is counted once: Engaged when it moved
/// Prospect → Active client within the range (the conversion's numerator); otherwise by the outcome of
/// its latest lost opportunity before the end (Not now, No way); otherwise Open. Lost reasons: the
/// base's opportunities lost within the range, per status reason. Won on revisit: of the base's accounts
/// with a Not-now loss before the end, those that then moved Prospect → Active client within the range
/// after that loss.
/// </summary>
public sealed record ProspectOutcomeFigures(
    int Prospects,
    int Engaged,
    int NotNow,
    int NoWay,
    int Open,
    IReadOnlyList<ReasonCount> LostReasons,
    int NotNowProspects,
    int WonOnRevisit)
{
    /// <summary>The figures for <paramref name="range"/>.</summary>
    public static ProspectOutcomeFigures Compute(DateRange range, IEnumerable<StageTransition> transitions, IEnumerable<StageEntry> entries, IEnumerable<LostOpportunity> losses)
    {
        if (range is null)
        {
            throw new ArgumentNullException(nameof(range));
        }

        var moves = (transitions ?? throw new ArgumentNullException(nameof(transitions))).ToList();
        var prospects = JourneyMetricsCalculator.AccountsInStageDuring(range, JourneyStage.Prospect, moves, entries);
        var wins = moves
            .Where(t => t.Trigger != TransitionTrigger.Imported && t.From == JourneyStage.Prospect && t.To == JourneyStage.ActiveClient && range.Contains(t.OccurredOn) && prospects.Contains(t.AccountId))
            .GroupBy(t => t.AccountId)
            .ToDictionary(g => g.Key, g => g.Max(t => t.OccurredOn));
        var lost = (losses ?? throw new ArgumentNullException(nameof(losses)))
            .Where(l => l.LostOn < range.To && prospects.Contains(l.AccountId))
            .OrderBy(l => l.LostOn)
            .GroupBy(l => l.AccountId)
            .ToDictionary(g => g.Key, g => g.ToList());
        int notNow = 0, noWay = 0;
        foreach (var account in prospects.Where(a => !wins.ContainsKey(a)))
        {
            var latest = lost.TryGetValue(account, out var list) ? list.LastOrDefault(l => l.Outcome is not null) : null;
            if (latest?.Outcome == ProspectOutcome.NotNow)
            {
                notNow++;
            }
            else if (latest?.Outcome == ProspectOutcome.NoWay)
            {
                noWay++;
            }
        }

        var notNowAccounts = lost.Where(p => p.Value.Any(l => l.Outcome == ProspectOutcome.NotNow)).Select(p => p.Key).ToList();
        var revisited = notNowAccounts.Count(a => wins.TryGetValue(a, out var won) && lost[a].Any(l => l.Outcome == ProspectOutcome.NotNow && l.LostOn < won));
        var reasons = lost.Values.SelectMany(l => l)
            .Where(l => range.Contains(l.LostOn))
            .GroupBy(l => l.Reason, StringComparer.Ordinal)
            .Select(g => new ReasonCount(g.Key, g.Count()))
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r.Reason, StringComparer.Ordinal)
            .ToList();
        return new ProspectOutcomeFigures(prospects.Count, wins.Count, notNow, noWay, prospects.Count - wins.Count - notNow - noWay, reasons, notNowAccounts.Count, revisited);
    }
}
