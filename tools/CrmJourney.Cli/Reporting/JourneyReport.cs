using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Metrics;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Time;

namespace CrmJourney.Cli.Reporting;

/// <summary>
/// The figures of the journey report for a date range [From, To), computed from <see cref="JourneyData"/>
/// with the domain's <see cref="JourneyMetricsCalculator"/> for flows, time in stage, touchpoints
/// before the first engagement and referral sources, and here for what the domain does not compute.
/// Definitions (all at the end of the range unless said otherwise):
/// <list type="bullet">
/// <item>Stage counts: every account created before To, in its stage then — the stored stage when the
/// range runs to now, else the To stage of its last transition before To (an account with none yet is
/// in the From stage of its first transition, or its stored stage when it has none).</item>
/// <item>Funnel: prospects = accounts created before To; clients = those with an engagement started
/// before To; repeat = with two or more; former = in Former client at the end; referrers = accounts that
/// referred someone while recorded as a former client.</item>
/// <item>Quiet: active or between-engagements clients whose last touchpoint before To is older than
/// the Quiet rule's threshold (or who have none), per relationship partner.</item>
/// <item>Pigeonholed: clients with at least two completed engagements, all in one service line, out of
/// all clients with at least two completed engagements.</item>
/// <item>Nurture tasks: tasks with a nurture rule created within the range, and how many are completed.</item>
/// </list>
/// </summary>
public sealed class JourneyReport
{
    /// <summary>The Quiet threshold used when the data holds no Quiet rule.</summary>
    public const int DefaultQuietDays = 120;

    /// <summary>The stages in journey order.</summary>
    public static readonly IReadOnlyList<JourneyStage> Stages = new[] { JourneyStage.Prospect, JourneyStage.ActiveClient, JourneyStage.BetweenEngagements, JourneyStage.FormerClient };

    private JourneyReport(DateRange range, JourneyMetrics metrics)
    {
        Range = range;
        Metrics = metrics;
    }

    /// <summary>The range reported on.</summary>
    public DateRange Range { get; }

    /// <summary>The domain's journey metrics for the range.</summary>
    public JourneyMetrics Metrics { get; }

    /// <summary>Accounts per stage at the end of the range, in stage order.</summary>
    public IReadOnlyList<StageCount> StageCounts { get; private init; } = Array.Empty<StageCount>();

    /// <summary>The funnel: prospects, clients, repeat clients, former clients, former-client referrers.</summary>
    public IReadOnlyList<LabelledCount> Funnel { get; private init; } = Array.Empty<LabelledCount>();

    /// <summary>The Quiet threshold applied.</summary>
    public int QuietDays { get; private init; }

    /// <summary>Quiet clients per relationship partner (partners with none included), most first.</summary>
    public IReadOnlyList<LabelledCount> QuietByPartner { get; private init; } = Array.Empty<LabelledCount>();

    /// <summary>Clients with two or more completed engagements.</summary>
    public int RepeatClients { get; private init; }

    /// <summary>Of those, the ones whose engagements are all in one service line.</summary>
    public int PigeonholedClients { get; private init; }

    /// <summary>The service lines pigeonholed clients are held to, most first.</summary>
    public IReadOnlyList<LabelledCount> PigeonholedLines { get; private init; } = Array.Empty<LabelledCount>();

    /// <summary>The ten referrers with most referrals.</summary>
    public IReadOnlyList<NamedReferralSource> TopReferrers { get; private init; } = Array.Empty<NamedReferralSource>();

    /// <summary>Referrals in the range per the referrer's stage when it referred ("Unknown" for a contact alone).</summary>
    public IReadOnlyList<LabelledCount> ReferralsByReferrerStage { get; private init; } = Array.Empty<LabelledCount>();

    /// <summary>Nurture tasks per rule (every rule of the data, in name order).</summary>
    public IReadOnlyList<RuleTaskCounts> TasksByRule { get; private init; } = Array.Empty<RuleTaskCounts>();

    /// <summary>Nurture tasks created in the range per assignee, most first.</summary>
    public IReadOnlyList<LabelledCount> TasksByPartner { get; private init; } = Array.Empty<LabelledCount>();

    /// <summary>The report's figures for <paramref name="range"/>; <paramref name="rangeEndsNow"/> true uses the stored stages.</summary>
    public static JourneyReport Build(JourneyData data, DateRange range, bool rangeEndsNow)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(range);
        var metrics = JourneyMetricsCalculator.Compute(range, data.Transitions, data.Engagements, data.Touchpoints, data.Referrals);
        var accounts = data.Accounts.Where(a => a.CreatedOn < range.To).ToList();
        var history = data.Transitions.GroupBy(t => t.AccountId).ToDictionary(g => g.Key, g => g.OrderBy(t => t.OccurredOn).ToList());
        JourneyStage StageAtEnd(AccountRow account)
        {
            if (rangeEndsNow || !history.TryGetValue(account.Id, out var moves))
            {
                return account.Stage;
            }

            return moves.LastOrDefault(t => t.OccurredOn < range.To)?.To ?? moves[0].From;
        }

        var stageOf = accounts.ToDictionary(a => a.Id, StageAtEnd);
        var startedBefore = data.Engagements
            .Where(e => e.StartedOn is DateTime s && s < range.To && e.Status is EngagementStatus.Active or EngagementStatus.Completed)
            .GroupBy(e => e.AccountId)
            .ToDictionary(g => g.Key, g => g.Count());
        var formerReferrers = data.Referrals
            .Where(r => r.ReferredOn < range.To && r.ReferrerStageAtTime == JourneyStage.FormerClient && r.ReferrerAccountId.HasValue)
            .Select(r => r.ReferrerAccountId!.Value)
            .Distinct()
            .Count(stageOf.ContainsKey);

        var quietDays = data.Rules.FirstOrDefault(r => r.Type == NurtureRuleType.Quiet && r.ThresholdDays is > 0)?.ThresholdDays ?? DefaultQuietDays;
        var lastTouch = data.Touchpoints
            .Where(t => t.OccurredOn < range.To)
            .GroupBy(t => t.AccountId)
            .ToDictionary(g => g.Key, g => g.Max(t => t.OccurredOn));
        var quiet = accounts
            .Where(a => stageOf[a.Id] is JourneyStage.ActiveClient or JourneyStage.BetweenEngagements)
            .Where(a => !lastTouch.TryGetValue(a.Id, out var last) || (range.To - last).TotalDays > quietDays)
            .GroupBy(a => Name(data, a.PartnerId))
            .ToDictionary(g => g.Key, g => g.Count());
        var partners = data.Accounts.Select(a => Name(data, a.PartnerId)).Distinct(StringComparer.Ordinal);

        var completed = data.Engagements
            .Where(e => e.Status == EngagementStatus.Completed && e.EndedOn is DateTime end && end < range.To && stageOf.ContainsKey(e.AccountId))
            .GroupBy(e => e.AccountId)
            .Where(g => g.Count() >= 2)
            .ToList();
        var pigeonholed = completed.Where(g => g.Select(e => e.ServiceLineId).Distinct().Count() == 1).ToList();

        var names = data.Accounts.ToDictionary(a => a.Id, a => a.Name);
        var inRange = data.NurtureTasks.Where(t => range.Contains(t.CreatedOn)).ToList();
        return new JourneyReport(range, metrics)
        {
            StageCounts = Stages.Select(s => new StageCount(s, stageOf.Values.Count(v => v == s))).ToList(),
            Funnel = new[]
            {
                new LabelledCount("Prospects", accounts.Count),
                new LabelledCount("Clients", startedBefore.Keys.Count(stageOf.ContainsKey)),
                new LabelledCount("Repeat clients", startedBefore.Count(p => p.Value >= 2 && stageOf.ContainsKey(p.Key))),
                new LabelledCount("Former clients", stageOf.Values.Count(s => s == JourneyStage.FormerClient)),
                new LabelledCount("Former-client referrers", formerReferrers),
            },
            QuietDays = quietDays,
            QuietByPartner = partners
                .Select(p => new LabelledCount(p, quiet.GetValueOrDefault(p)))
                .OrderByDescending(c => c.Count)
                .ThenBy(c => c.Label, StringComparer.Ordinal)
                .ToList(),
            RepeatClients = completed.Count,
            PigeonholedClients = pigeonholed.Count,
            PigeonholedLines = pigeonholed
                .GroupBy(g => ServiceLineName(data, g.First().ServiceLineId))
                .Select(g => new LabelledCount(g.Key, g.Count()))
                .OrderByDescending(c => c.Count)
                .ThenBy(c => c.Label, StringComparer.Ordinal)
                .ToList(),
            TopReferrers = metrics.ReferralSources
                .Take(10)
                .Select(s => new NamedReferralSource(names.GetValueOrDefault(s.ReferrerAccountId, s.ReferrerAccountId.ToString("D")), s.ReferralCount, s.WonCount, stageOf.GetValueOrDefault(s.ReferrerAccountId)))
                .ToList(),
            ReferralsByReferrerStage = Stages
                .Select(s => new LabelledCount(StageLabel(s), data.Referrals.Count(r => range.Contains(r.ReferredOn) && r.ReferrerStageAtTime == s)))
                .Append(new LabelledCount("Unknown", data.Referrals.Count(r => range.Contains(r.ReferredOn) && r.ReferrerStageAtTime is null)))
                .Where(c => c.Count > 0)
                .ToList(),
            TasksByRule = data.Rules
                .OrderBy(r => r.Name, StringComparer.Ordinal)
                .Select(r => new RuleTaskCounts(r.Name, inRange.Count(t => t.RuleId == r.Id), inRange.Count(t => t.RuleId == r.Id && t.Completed)))
                .ToList(),
            TasksByPartner = inRange
                .GroupBy(t => Name(data, t.OwnerId))
                .Select(g => new LabelledCount(g.Key, g.Count()))
                .OrderByDescending(c => c.Count)
                .ThenBy(c => c.Label, StringComparer.Ordinal)
                .ToList(),
        };
    }

    /// <summary>The label of a stage as leadership reads it.</summary>
    public static string StageLabel(JourneyStage stage) => stage switch
    {
        JourneyStage.Prospect => "Prospect",
        JourneyStage.ActiveClient => "Active client",
        JourneyStage.BetweenEngagements => "Between engagements",
        _ => "Former client",
    };

    private static string Name(JourneyData data, Guid? userId) =>
        userId is Guid id && data.Users.TryGetValue(id, out var name) ? name : "(no partner)";

    private static string ServiceLineName(JourneyData data, Guid id) =>
        data.ServiceLines.TryGetValue(id, out var name) ? name : id.ToString("D");
}
