using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Metrics;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;
using CrmJourney.Domain.Rules.Validation;
using CrmJourney.Domain.Time;

namespace CrmJourney.Cli.Reporting;

/// <summary>
/// The figures of the journey report for a date range [From, To), computed from <see cref="JourneyData"/>
/// with the domain's <see cref="JourneyMetricsCalculator"/> for flows, time in stage, touchpoints
/// before the first engagement and referral sources, and here for what the domain does not compute.
/// Definitions (all at the end of the range unless said otherwise):
/// <list type="bullet">
/// <item>Where accounts enter: each account created before To is known from its creation in the From
/// stage of its first transition (its stored stage when it never moved), unless a baseline row (an
/// Imported transition, or a stamp with no From stage) says where it stood.</item>
/// <item>Stage counts: every account created before To, in its stage then — the stored stage when the
/// range runs to now, else the To stage of its last transition before To (an account with none yet is
/// in the From stage of its first transition, or its stored stage when it has none).</item>
/// <item>Funnel (one cohort, nested): the accounts that were prospects in the period (the base of the
/// prospect conversion), those of them that became clients in the period, of those the repeat clients
/// at the end (<see cref="ClientDefinitions"/>), of those the former clients at the end, and of those
/// the ones that referred someone while a former client.</item>
/// <item>Quiet and pigeonholed: the Quiet and Pigeonholed rules' own tests (<c>QuietEvaluator.Flags</c>,
/// <c>PigeonholedEvaluator.Flags</c>) on each account as it stood at the end, as of the period's last
/// day, with the data's rule (its stages, tiers, threshold) or the default rule's settings; the lines an
/// account bought and its completed engagements are <see cref="ClientDefinitions"/>' (active or completed,
/// as the sweep reads them), so the count is the number of accounts a dry run of the rule flags.</item>
/// <item>Nurture work: per rule, its nurture-log firings in the range, the tasks or digest emails they
/// created, and the tasks completed.</item>
/// </list>
/// </summary>
public sealed class JourneyReport
{
    /// <summary>The Quiet threshold used when the data holds no Quiet rule: the shipped rule's, as the app's quiet views use.</summary>
    public const int DefaultQuietDays = ShippedRuleDefaults.QuietThresholdDays;

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

    /// <summary>The accounts the Pigeonholed rule looks at: screened in (stage, tier, not a detractor) with its minimum of completed engagements.</summary>
    public int PigeonholedBase { get; private init; }

    /// <summary>Of those, the ones the Pigeonholed rule flags.</summary>
    public int PigeonholedClients { get; private init; }

    /// <summary>The minimum of completed engagements the Pigeonholed rule asks.</summary>
    public int PigeonholedMinimum { get; private init; }

    /// <summary>Repeat clients at the end (two or more engagements started; <see cref="ClientDefinitions"/>).</summary>
    public int RepeatClients { get; private init; }

    /// <summary>What became of the period's prospects.</summary>
    public ProspectOutcomeFigures Outcomes { get; private init; } = null!;

    /// <summary>Former clients at the end by sentiment, with reasons and referrals (Advocate, Detractor, Unknown).</summary>
    public IReadOnlyList<SentimentRow> FormerBySentiment { get; private init; } = Array.Empty<SentimentRow>();

    /// <summary>Former client → Active client transitions in the period.</summary>
    public int WinBacks { get; private init; }

    /// <summary>Client lifetime value at the end (service lines keyed by name).</summary>
    public ClientValueFigures Value { get; private init; } = null!;

    /// <summary>Retention cohorts by first-engagement year.</summary>
    public IReadOnlyList<RetentionCohort> Retention { get; private init; } = Array.Empty<RetentionCohort>();

    /// <summary>Satisfaction per score 1–5.</summary>
    public IReadOnlyList<SatisfactionRow> Satisfaction { get; private init; } = Array.Empty<SatisfactionRow>();

    /// <summary>The path to the first engagement of clients won in the period.</summary>
    public PathToFirstEngagement Path { get; private init; } = null!;

    /// <summary>Service-line affinity: every ordered pair of lines with buyers, by bought then also.</summary>
    public IReadOnlyList<AffinityRow> Affinity { get; private init; } = Array.Empty<AffinityRow>();

    /// <summary>Stage counts at each month's end.</summary>
    public IReadOnlyList<PeriodStageCounts> Monthly { get; private init; } = Array.Empty<PeriodStageCounts>();

    /// <summary>Flows per quarter.</summary>
    public IReadOnlyList<PeriodStageCounts> Quarterly { get; private init; } = Array.Empty<PeriodStageCounts>();

    /// <summary>Stays still running at the end, per stage in order.</summary>
    public IReadOnlyList<OpenStays> OpenStays { get; private init; } = Array.Empty<OpenStays>();

    /// <summary>The service lines pigeonholed clients are held to, most first.</summary>
    public IReadOnlyList<LabelledCount> PigeonholedLines { get; private init; } = Array.Empty<LabelledCount>();

    /// <summary>The ten referrers with most referrals.</summary>
    public IReadOnlyList<NamedReferralSource> TopReferrers { get; private init; } = Array.Empty<NamedReferralSource>();

    /// <summary>Referrals in the range per the referrer's stage when it referred ("Unknown" for a contact alone).</summary>
    public IReadOnlyList<LabelledCount> ReferralsByReferrerStage { get; private init; } = Array.Empty<LabelledCount>();

    /// <summary>Nurture tasks per rule (every rule of the data, in name order).</summary>
    public IReadOnlyList<RuleTaskCounts> TasksByRule { get; private init; } = Array.Empty<RuleTaskCounts>();

    /// <summary>Active accounts with no journey stage now: read as prospects here, evaluated by no rule.</summary>
    public AccountsWithoutStage AccountsWithoutStage { get; private init; } = AccountsWithoutStage.None;

    /// <summary>Nurture tasks created in the range per assignee, most first.</summary>
    public IReadOnlyList<LabelledCount> TasksByPartner { get; private init; } = Array.Empty<LabelledCount>();

    /// <summary>The report's figures for <paramref name="range"/>; <paramref name="rangeEndsNow"/> true uses the stored stages.</summary>
    public static JourneyReport Build(JourneyData data, DateRange range, bool rangeEndsNow)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(range);
        var lastDay = range.To.AddDays(-1);
        var accounts = data.Accounts.Where(a => a.CreatedOn < range.To).ToList();
        var history = data.Transitions.GroupBy(t => t.AccountId).ToDictionary(g => g.Key, g => g.OrderBy(t => t.OccurredOn).ToList());
        var baselined = new HashSet<Guid>(data.Entries.Select(e => e.AccountId).Concat(data.Transitions.Where(t => t.Trigger == TransitionTrigger.Imported).Select(t => t.AccountId)));
        var entries = data.Entries
            .Concat(accounts
                .Where(a => !baselined.Contains(a.Id))
                .Select(a => new StageEntry(a.Id, history.TryGetValue(a.Id, out var moves) ? moves[0].From : a.Stage, a.CreatedOn)))
            .ToList();
        var metrics = JourneyMetricsCalculator.Compute(range, data.Transitions, data.Engagements, data.Touchpoints, data.Referrals, entries);
        JourneyStage StageAtEnd(AccountRow account)
        {
            if (rangeEndsNow || !history.TryGetValue(account.Id, out var moves))
            {
                return account.Stage;
            }

            return moves.LastOrDefault(t => t.OccurredOn < range.To)?.To ?? moves[0].From;
        }

        var stageOf = accounts.ToDictionary(a => a.Id, StageAtEnd);
        var entriesOf = data.Entries.ToLookup(e => e.AccountId);
        var outcomes = ProspectOutcomeFigures.Compute(range, data.Transitions, entries, data.Losses);
        var cohort = JourneyMetricsCalculator.AccountsInStageDuring(range, JourneyStage.Prospect, data.Transitions, entries);
        var won = new HashSet<Guid>(data.Transitions
            .Where(t => t.Trigger != TransitionTrigger.Imported && t.From == JourneyStage.Prospect && t.To == JourneyStage.ActiveClient && range.Contains(t.OccurredOn) && cohort.Contains(t.AccountId))
            .Select(t => t.AccountId));
        var repeat = ClientDefinitions.RepeatClients(data.Engagements, range.To);
        var wonRepeat = won.Where(repeat.Contains).ToList();
        var wonFormer = wonRepeat.Where(a => stageOf.GetValueOrDefault(a) == JourneyStage.FormerClient).ToList();
        var formerReferrerIds = new HashSet<Guid>(data.Referrals
            .Where(r => r.ReferredOn < range.To && r.ReferrerStageAtTime == JourneyStage.FormerClient && r.ReferrerAccountId.HasValue)
            .Select(r => r.ReferrerAccountId!.Value));

        var rules = data.Rules;
        var clock = new FixedClock(lastDay);
        var catalogue = data.ServiceLines.Select(p => new ServiceLine(p.Key, p.Value, p.Value)).ToList();
        var affinity = ServiceLineAffinity.Of(data.Engagements, range.To);
        var context = new EvaluationContext(clock, catalogue, Array.Empty<PriorFiring>()) { Affinity = affinity };
        var candidates = Candidates(data, accounts, stageOf, history, range).ToList();
        var quietRule = RuleOf(rules, NurtureRuleType.Quiet);
        var pigeonholedRule = RuleOf(rules, NurtureRuleType.Pigeonholed);
        var quiet = candidates
            .Where(c => QuietEvaluator.Flags(quietRule, c, context))
            .GroupBy(c => Name(data, c.RelationshipPartner?.Id))
            .ToDictionary(g => g.Key, g => g.Count());
        var partners = data.Accounts.Select(a => Name(data, a.PartnerId)).Distinct(StringComparer.Ordinal);
        var pigeonholed = candidates.Where(c => PigeonholedEvaluator.Flags(pigeonholedRule, c, context)).ToList();

        var names = data.Accounts.ToDictionary(a => a.Id, a => a.Name);
        var inRange = data.NurtureTasks.Where(t => range.Contains(t.CreatedOn)).ToList();
        var referralsInRange = data.Referrals.Where(r => range.Contains(r.ReferredOn) && r.ReferrerAccountId.HasValue).ToList();
        var sentimentOf = accounts.ToDictionary(a => a.Id, a => a.Sentiment);
        var lines = data.ServiceLines.OrderBy(p => p.Value, StringComparer.Ordinal).ToList();
        var value = ClientValueFigures.Compute(range.To, data.Engagements, accounts.ToDictionary(a => a.Id, a => a.Tier));
        return new JourneyReport(range, metrics)
        {
            StageCounts = Stages.Select(s => new StageCount(s, stageOf.Values.Count(v => v == s))).ToList(),
            AccountsWithoutStage = data.AccountsWithoutStage,
            Funnel = new[]
            {
                new LabelledCount("Prospects in the period", cohort.Count),
                new LabelledCount("Became clients", won.Count),
                new LabelledCount("Repeat clients", wonRepeat.Count),
                new LabelledCount("Former clients", wonFormer.Count),
                new LabelledCount("Former-client referrers", wonFormer.Count(formerReferrerIds.Contains)),
            },
            QuietDays = quietRule.ThresholdDays ?? DefaultQuietDays,
            QuietByPartner = partners
                .Select(p => new LabelledCount(p, quiet.GetValueOrDefault(p)))
                .OrderByDescending(c => c.Count)
                .ThenBy(c => c.Label, StringComparer.Ordinal)
                .ToList(),
            RepeatClients = repeat.Count(stageOf.ContainsKey),
            PigeonholedBase = candidates.Count(c => PigeonholedEvaluator.Watches(pigeonholedRule, c, context)),
            PigeonholedClients = pigeonholed.Count,
            PigeonholedMinimum = pigeonholedRule.MinimumCompletedEngagements ?? 1,
            PigeonholedLines = pigeonholed
                .GroupBy(c => c.ServiceLinesUsed[0].Name)
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
                .Select(r => new RuleTaskCounts(
                    r.Name,
                    inRange.Count(t => t.RuleId == r.Id),
                    inRange.Count(t => t.RuleId == r.Id && t.Completed),
                    data.Firings.Count(f => f.RuleId == r.Id && range.Contains(f.FiredOn)),
                    data.DigestEmails.Count(f => f.RuleId == r.Id && range.Contains(f.FiredOn)),
                    r.Type == NurtureRuleType.PartnerDigest))
                .ToList(),
            TasksByPartner = inRange
                .GroupBy(t => Name(data, t.OwnerId))
                .Select(g => new LabelledCount(g.Key, g.Count()))
                .OrderByDescending(c => c.Count)
                .ThenBy(c => c.Label, StringComparer.Ordinal)
                .ToList(),
            Outcomes = outcomes,
            FormerBySentiment = new[] { FormerSentiment.Advocate, FormerSentiment.Detractor, FormerSentiment.Unknown }
                .Select(sentiment =>
                {
                    var formers = accounts.Where(a => stageOf[a.Id] == JourneyStage.FormerClient && a.Sentiment == sentiment).ToList();
                    var ids = new HashSet<Guid>(formers.Select(a => a.Id));
                    var referrals = referralsInRange.Where(r => ids.Contains(r.ReferrerAccountId!.Value)).ToList();
                    return new SentimentRow(
                        sentiment.ToString(),
                        formers.Count,
                        formers.GroupBy(a => string.IsNullOrWhiteSpace(a.FormerReason) ? "(none recorded)" : a.FormerReason!.Trim(), StringComparer.Ordinal)
                            .Select(g => new ReasonCount(g.Key, g.Count()))
                            .OrderByDescending(r => r.Count)
                            .ThenBy(r => r.Reason, StringComparer.Ordinal)
                            .ToList(),
                        referrals.Select(r => r.ReferrerAccountId).Distinct().Count(),
                        referrals.Count);
                })
                .ToList(),
            WinBacks = metrics.Flows.Where(f => f.From == JourneyStage.FormerClient && f.To == JourneyStage.ActiveClient).Sum(f => f.Count),
            Value = value with { ByServiceLine = value.ByServiceLine.Select(r => r with { Key = Guid.TryParse(r.Key, out var id) ? ServiceLineName(data, id) : r.Key }).ToList() },
            Retention = RetentionCohort.Compute(range.To, data.Engagements),
            Satisfaction = SatisfactionFigures.Compute(
                range.To,
                data.Scores,
                new HashSet<Guid>(accounts.Where(a => a.Sentiment == FormerSentiment.Advocate).Select(a => a.Id)),
                repeat,
                new HashSet<Guid>(data.Referrals.Where(r => r.ReferredOn < range.To && r.ReferrerAccountId.HasValue).Select(r => r.ReferrerAccountId!.Value))),
            Path = PathToFirstEngagement.Compute(range, data.Engagements, data.Touchpoints),
            Affinity = lines
                .SelectMany(a => lines.Where(b => b.Key != a.Key).Select(b => new AffinityRow(a.Value, b.Value, affinity.BuyersOf(a.Key), affinity.Both(a.Key, b.Key))))
                .Where(r => r.Buyers > 0)
                .ToList(),
            Monthly = JourneyTrends.Monthly(range, data.Transitions, entries),
            Quarterly = JourneyTrends.Quarterly(range, data.Transitions, entries),
            OpenStays = Stages
                .Select(stage =>
                {
                    var days = accounts
                        .Where(a => stageOf[a.Id] == stage)
                        .Select(a => WholeDays.Between(EnteredOn(a, stage, history, range, entriesOf), lastDay))
                        .OrderBy(d => d)
                        .ToList();
                    return new OpenStays(stage, days.Count, days.Count == 0 ? null : TimeInStage.NearestRank(days, 50));
                })
                .ToList(),
        };
    }

    /// <summary>The rule of <paramref name="type"/> the data holds (the first by name), else the default rule set's settings for it.</summary>
    private static NurtureRule RuleOf(IReadOnlyList<RuleRow> rules, NurtureRuleType type)
    {
        var row = rules.Where(r => r.Type == type).OrderBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault();
        var draft = new NurtureRuleDraft
        {
            Id = row?.Id ?? Guid.Parse("c1a0e001-0000-4000-8000-00000000000f"),
            Name = row?.Name ?? type.ToString(),
            Type = type,
            Stages = row?.Stages is { Count: > 0 } stages ? stages : new[] { JourneyStage.ActiveClient, JourneyStage.BetweenEngagements },
            Tiers = row?.Tiers ?? Array.Empty<ClientTier>(),
            ThresholdDays = type == NurtureRuleType.Quiet ? (row?.ThresholdDays is > 0 ? row.ThresholdDays : DefaultQuietDays) : null,
            MinimumCompletedEngagements = type == NurtureRuleType.Pigeonholed ? (row?.MinimumCompletedEngagements ?? ShippedRuleDefaults.PigeonholedMinimumCompletedEngagements) : null,
            AssigneeType = AssigneeType.AccountOwner,
            Subject = "{account.name}",
            Active = true,
        };
        return NurtureRuleValidator.Validate(draft).Rule
            ?? throw new InvalidOperationException($"The report could not build the {type} rule's definition from the data's rule \"{row?.Name}\"; fix the rule (cjp rules validate).");
    }

    /// <summary>Each account as it stood at the end of the range, as the rules see a candidate.</summary>
    private static IEnumerable<NurtureCandidate> Candidates(JourneyData data, List<AccountRow> accounts, Dictionary<Guid, JourneyStage> stageOf, Dictionary<Guid, List<StageTransition>> history, DateRange range)
    {
        var entriesOf = data.Entries.ToLookup(e => e.AccountId);
        var engagements = data.Engagements.Where(e => ClientDefinitions.Bought(e, range.To)).GroupBy(e => e.AccountId).ToDictionary(g => g.Key, g => g.ToList());
        var lastTouch = data.Touchpoints.Where(t => t.OccurredOn < range.To).GroupBy(t => t.AccountId).ToDictionary(g => g.Key, g => g.OrderBy(t => t.OccurredOn).Last());
        foreach (var account in accounts)
        {
            var mine = engagements.GetValueOrDefault(account.Id) ?? new List<Engagement>();
            var touch = lastTouch.GetValueOrDefault(account.Id);
            var stage = stageOf[account.Id];
            yield return new NurtureCandidate(account.Id, account.Name, stage, PrincipalRef.User(account.PartnerId ?? Guid.Parse("a1f0c0de-0000-4000-8000-000000000002"), Name(data, account.PartnerId)))
            {
                Tier = account.Tier,
                Sentiment = account.Sentiment,
                StageEnteredOn = EnteredOn(account, stage, history, range, entriesOf),
                LastTouchpointOn = touch?.OccurredOn,
                LastTouchpointChannel = touch?.Channel,
                FirstEngagementOn = mine.Count == 0 ? null : mine.Min(e => e.StartedOn),
                CompletedEngagementCount = mine.Count(e => ClientDefinitions.CompletedBy(e, range.To)),
                ServiceLinesUsed = ClientDefinitions.ServiceLinesBought(mine, range.To).Select(id => new ServiceLine(id, ServiceLineName(data, id), ServiceLineName(data, id))).ToList(),
                RelationshipPartner = account.PartnerId is Guid p ? PrincipalRef.User(p, Name(data, p)) : null,
            };
        }
    }

    /// <summary>
    /// When the account entered <paramref name="stage"/>, as the Quiet rule measures a never-touched account's
    /// silence: its last move into the stage before the end; else its latest baseline in the stage (created in
    /// it or imported, possibly dated before the row was created); else the stored stage-entered date when the
    /// stage is the stored one; else its creation.
    /// </summary>
    private static DateTime EnteredOn(AccountRow account, JourneyStage stage, Dictionary<Guid, List<StageTransition>> history, DateRange range, ILookup<Guid, StageEntry> entries)
    {
        if (history.TryGetValue(account.Id, out var moves) && moves.LastOrDefault(t => t.OccurredOn < range.To && t.To == stage) is { } entered)
        {
            return entered.OccurredOn;
        }

        var baseline = entries[account.Id].Where(e => e.Stage == stage && e.On < range.To).Select(e => (DateTime?)e.On).Max();
        return baseline
            ?? (account.Stage == stage && account.StageEnteredOn is DateTime stamped && stamped < range.To ? stamped : account.CreatedOn);
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
