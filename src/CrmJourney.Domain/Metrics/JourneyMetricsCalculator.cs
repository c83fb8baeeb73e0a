using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Referrals;
using CrmJourney.Domain.Time;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Domain.Metrics;

/// <summary>
/// Computes the journey map (<see cref="JourneyMetrics"/>) from the stage transitions, engagements,
/// touchpoints and referrals, for a range [From, To). Definitions:
/// <list type="bullet">
/// <item>An account is known from its transitions and its <see cref="StageEntry"/> baselines (created
/// in a stage, or imported). A transition with trigger Imported is a baseline too: it says where the
/// account stood, not that it moved — it is never a flow, a conversion or a completed stay, and the
/// stage before it is unknown. An account's stage at an instant is the stage of its last transition
/// or entry at or before it (at the same instant an entry comes first, and among transitions the later
/// one in the input wins); before its first one it was in that transition's From stage (unknown before
/// an entry or an Imported transition).</item>
/// <item>Stage counts at the end: accounts with a transition before To, by their stage then.</item>
/// <item>Flows: transitions (not Imported) whose instant is within the range, counted per from → to pair.</item>
/// <item>Conversion S → T: denominator = distinct accounts in S at some time during the range (in S
/// at its start — only accounts with a transition before the start, or whose first transition
/// falls in the range — or entering S within it); numerator = those of them with an S → T transition
/// within the range (not Imported). Former → referral source: numerator = those former-during-range accounts that
/// made a referral within the range while recorded as a former client at the time.</item>
/// <item>Time in stage: the days in the previous stage of transitions within the range, per left
/// stage (completed stays only), nearest-rank median and p90 (see <see cref="TimeInStage"/>).</item>
/// <item>Touchpoints before the first engagement: see <see cref="PreEngagementTouchpoints"/>.</item>
/// <item>Referral sources: referrals made within the range with a referrer account, per account;
/// the former-client share counts every referral within the range, a referral whose referrer stage
/// is unknown counting as not from a former client.</item>
/// </list>
/// </summary>
public static class JourneyMetricsCalculator
{
    private static readonly JourneyStage[] _stages =
        { JourneyStage.Prospect, JourneyStage.ActiveClient, JourneyStage.BetweenEngagements, JourneyStage.FormerClient };

    /// <summary>Computes the metrics for <paramref name="range"/>.</summary>
    public static JourneyMetrics Compute(
        DateRange range,
        IEnumerable<StageTransition> transitions,
        IEnumerable<Engagement> engagements,
        IEnumerable<Touchpoint> touchpoints,
        IEnumerable<Referral> referrals) =>
        Compute(range, transitions, engagements, touchpoints, referrals, Array.Empty<StageEntry>());

    /// <summary>Computes the metrics for <paramref name="range"/>, knowing where accounts entered the journey.</summary>
    public static JourneyMetrics Compute(
        DateRange range,
        IEnumerable<StageTransition> transitions,
        IEnumerable<Engagement> engagements,
        IEnumerable<Touchpoint> touchpoints,
        IEnumerable<Referral> referrals,
        IEnumerable<StageEntry> entries)
    {
        if (range is null)
        {
            throw new ArgumentNullException(nameof(range));
        }

        var history = History(transitions, entries);
        var inRange = history.Values.SelectMany(h => h).Where(m => !m.IsEntry && range.Contains(m.Transition!.OccurredOn)).Select(m => m.Transition!).ToList();
        var referralsInRange = (referrals ?? throw new ArgumentNullException(nameof(referrals)))
            .Where(r => range.Contains(r.ReferredOn))
            .ToList();

        return new JourneyMetrics(
            range,
            StageCountsAtEnd(history, range),
            Flows(inRange),
            Conversions(history, inRange, referralsInRange, range),
            ReadOnly(_stages.Select(s => TimeInStage.Of(s, inRange.Where(t => t.From == s).Select(t => t.DaysInPreviousStage)))),
            BeforeFirstEngagement(engagements, touchpoints, range),
            RankedSources(referralsInRange),
            referralsInRange.Count,
            referralsInRange.Count(r => r.ReferrerStageAtTime == JourneyStage.FormerClient));
    }

    /// <summary>
    /// The accounts in <paramref name="stage"/> at some time during <paramref name="range"/>: in it at the
    /// start, or entering it (by a transition, an Imported one included, or an entry) within the range —
    /// the base of every conversion out of the stage.
    /// </summary>
    public static IReadOnlyCollection<Guid> AccountsInStageDuring(DateRange range, JourneyStage stage, IEnumerable<StageTransition> transitions, IEnumerable<StageEntry> entries)
    {
        if (range is null)
        {
            throw new ArgumentNullException(nameof(range));
        }

        return InStageDuringRange(History(transitions, entries), range, stage);
    }

    private static Dictionary<Guid, List<Move>> History(IEnumerable<StageTransition> transitions, IEnumerable<StageEntry> entries) =>
        (transitions ?? throw new ArgumentNullException(nameof(transitions)))
            .Select((t, i) => new Move(t.AccountId, t.OccurredOn, t.Trigger == TransitionTrigger.Imported ? null : t.From, t.To, t.Trigger == TransitionTrigger.Imported, 1, i, t))
            .Concat((entries ?? throw new ArgumentNullException(nameof(entries))).Select((e, i) => new Move(e.AccountId, e.On, null, e.Stage, true, 0, i, null)))
            .OrderBy(m => m.At)
            .ThenBy(m => m.Kind)
            .ThenBy(m => m.Order)
            .GroupBy(m => m.AccountId)
            .ToDictionary(g => g.Key, g => g.ToList());

    private static HashSet<Guid> InStageDuringRange(Dictionary<Guid, List<Move>> history, DateRange range, JourneyStage stage)
    {
        var accounts = new HashSet<Guid>();
        foreach (var pair in history)
        {
            var before = pair.Value.LastOrDefault(m => m.At < range.From);
            var first = pair.Value[0];
            var atStart = before?.To ?? (range.Contains(first.At) ? first.From : null);
            if (atStart == stage || pair.Value.Any(m => range.Contains(m.At) && m.To == stage))
            {
                accounts.Add(pair.Key);
            }
        }

        return accounts;
    }

    private static ReadOnlyCollection<StageCount> StageCountsAtEnd(Dictionary<Guid, List<Move>> history, DateRange range)
    {
        var atEnd = history.Values
            .Select(h => h.LastOrDefault(m => m.At < range.To))
            .Where(m => m is not null)
            .Select(m => m!.To)
            .ToList();
        return ReadOnly(_stages.Select(s => new StageCount(s, atEnd.Count(stage => stage == s))));
    }

    private static ReadOnlyCollection<StageFlow> Flows(List<StageTransition> inRange) =>
        ReadOnly(inRange
            .GroupBy(t => new StageFlowKey(t.From, t.To))
            .OrderBy(g => g.Key.From)
            .ThenBy(g => g.Key.To)
            .Select(g => new StageFlow(g.Key.From, g.Key.To, g.Count())));

    private static ReadOnlyCollection<ConversionRate> Conversions(
        Dictionary<Guid, List<Move>> history,
        List<StageTransition> inRange,
        List<Referral> referralsInRange,
        DateRange range)
    {
        ConversionRate Rate(ConversionKind kind, JourneyStage from, JourneyStage to)
        {
            var eligible = InStageDuringRange(history, range, from);
            var converted = inRange.Where(t => t.From == from && t.To == to).Select(t => t.AccountId).Distinct().Count(eligible.Contains);
            return new ConversionRate(kind, converted, eligible.Count);
        }

        var formers = InStageDuringRange(history, range, JourneyStage.FormerClient);
        var formerReferrers = referralsInRange
            .Where(r => r.ReferrerStageAtTime == JourneyStage.FormerClient && r.ReferrerAccountId.HasValue)
            .Select(r => r.ReferrerAccountId!.Value)
            .Distinct()
            .Count(formers.Contains);

        return ReadOnly(new[]
        {
            Rate(ConversionKind.ProspectToClient, JourneyStage.Prospect, JourneyStage.ActiveClient),
            Rate(ConversionKind.ClientToBetween, JourneyStage.ActiveClient, JourneyStage.BetweenEngagements),
            Rate(ConversionKind.BetweenToRepeat, JourneyStage.BetweenEngagements, JourneyStage.ActiveClient),
            Rate(ConversionKind.BetweenToFormer, JourneyStage.BetweenEngagements, JourneyStage.FormerClient),
            new ConversionRate(ConversionKind.FormerToReferralSource, formerReferrers, formers.Count),
        });
    }

    private static PreEngagementTouchpoints BeforeFirstEngagement(
        IEnumerable<Engagement> engagements,
        IEnumerable<Touchpoint> touchpoints,
        DateRange range)
    {
        var firstStarts = (engagements ?? throw new ArgumentNullException(nameof(engagements)))
            .GroupBy(e => e.AccountId)
            .Select(g => new { Account = g.Key, First = EngagementSummary.From(g).FirstEngagementOn })
            .Where(a => a.First.HasValue && range.Contains(a.First.Value))
            .ToDictionary(a => a.Account, a => a.First!.Value);

        var before = (touchpoints ?? throw new ArgumentNullException(nameof(touchpoints)))
            .Where(t => firstStarts.TryGetValue(t.AccountId, out var first) && t.OccurredOn < first);
        return new PreEngagementTouchpoints(firstStarts.Count, TouchpointTally.Of(before));
    }

    private static ReadOnlyCollection<ReferralSource> RankedSources(List<Referral> referralsInRange) =>
        ReadOnly(referralsInRange
            .Where(r => r.ReferrerAccountId.HasValue)
            .GroupBy(r => r.ReferrerAccountId!.Value)
            .Select(g => new ReferralSource(
                g.Key,
                g.Count(),
                g.Count(r => r.Status == ReferralStatus.Won),
                g.Where(r => r.Status == ReferralStatus.Won).Sum(r => r.Value)))
            .OrderByDescending(s => s.ReferralCount)
            .ThenByDescending(s => s.WonCount)
            .ThenBy(s => s.ReferrerAccountId));

    /// <summary>One point of an account's history: a transition (From null when Imported) or an entry.</summary>
    private sealed record Move(Guid AccountId, DateTime At, JourneyStage? From, JourneyStage To, bool IsEntry, int Kind, int Order, StageTransition? Transition);

    private static ReadOnlyCollection<T> ReadOnly<T>(IEnumerable<T> items) => new(items.ToList());
}
