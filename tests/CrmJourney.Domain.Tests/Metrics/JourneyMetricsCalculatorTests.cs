using System;
using System.Linq;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Metrics;
using CrmJourney.Domain.Referrals;
using CrmJourney.Domain.Tests.Time;
using CrmJourney.Domain.Time;
using CrmJourney.Domain.Touchpoints;
using static CrmJourney.Domain.Tests.Engagements.EngagementBuilder;

namespace CrmJourney.Domain.Tests.Metrics;

/// <summary>
/// One small journey, first half of 2026 (range [2026-01-01, 2026-07-01)), with every expectation
/// worked out by hand below.
///
/// Transitions (account: from → to, date, days in previous stage):
///  #1 A: P→Active 2025-11-01, 30      #2 A: Active→Between 2026-02-01, 92    #3 A: Between→Active 2026-05-01, 89
///  #4 B: P→Active 2026-03-01, 59      #5 B: Active→Between 2026-05-01, 61
///  #6 C: Active→Between 2023-11-20, 100   #7 C: Between→Former 2026-04-01, 863 (dormancy)
///  #8 D: P→Active 2025-06-01, 10      #9 E: Between→Former 2025-03-01, 400
///  #10 G: P→Active 2026-07-01 (the range end, excluded: the range is half-open).
/// In range: #2, #3, #4, #5, #7.
///
/// Stage counts at the end (last transition before 2026-07-01): A Active (#3), B Between (#5),
/// C Former (#7), D Active (#8), E Former (#9); G unknown yet → Prospect 0, Active 2, Between 1, Former 2.
/// Flows: P→A 1 (#4), A→B 2 (#2, #5), B→A 1 (#3), B→F 1 (#7).
/// Stage at the range start: A Active, B Prospect (its first transition #4 is in range), C Between,
/// D Active, E Former. Entering within the range: A Between and Active, B Active and Between, C Former.
///   Prospect: {B} → prospect→client: B → 1/1.
///   Active: {A, D} ∪ {A, B} = 3 → client→between: A, B → 2/3.
///   Between: {C} ∪ {A, B} = 3 → repeat: A → 1/3; → former: C → 1/3.
///   Former: {E} ∪ {C} = 2 → referral source: E (R1, R2 while former); C referred while Between → 1/2.
/// Time in stage (in-range transitions by stage left): Prospect [59] → 59/59; Active [61, 92] →
/// median rank ⌈1⌉ = 61, p90 rank ⌈1.8⌉ = 2 → 92; Between [89, 863] → 89 / 863; Former none.
///
/// Referrals: R1 E 2026-02-10 Former Won 30,000; R2 E 2026-05-05 Former Open; R3 D 2026-03-15
/// Active Won 12,000; R4 A 2025-12-20 (before the range); R5 a contact only 2026-04-04 Open;
/// R6 C 2026-03-01 Between Open. In range: R1, R2, R3, R5, R6 = 5; from former clients: R1, R2 → 2/5 = 0.4.
/// Sources ranked: E (2 referrals, 1 won, 30,000), D (1, 1 won, 12,000), C (1, 0 won, 0); R5 has no account.
///
/// First engagements: B 2026-03-01 (in range), K 2026-02-15 (in range), A 2025-11-01 and D 2025-06-01
/// (before), G 2026-07-01 (range end), H only planned (never). → 2 accounts.
/// Touchpoints strictly before them: B email 01-10 and meeting 02-20 (the call on 03-01 is at the
/// start, not before; the email on 04-01 is after); K call 2025-12-01 and meeting 2026-02-14;
/// A's email does not count → 4 touchpoints: email 1, meeting 2, phone call 1; 2.0 per account.
/// </summary>
public class JourneyMetricsCalculatorTests
{
    private static readonly Guid _a = Id(0xA);
    private static readonly Guid _b = Id(0xB);
    private static readonly Guid _c = Id(0xC);
    private static readonly Guid _d = Id(0xD);
    private static readonly Guid _e = Id(0xE);
    private static readonly Guid _g = Id(0x6);
    private static readonly Guid _h = Id(0x8);
    private static readonly Guid _k = Id(0x9);
    private static readonly Guid _contact = Id(0x77);

    private static readonly DateRange _firstHalf2026 = new(Day.On(2026, 1, 1), Day.On(2026, 7, 1));

    private static readonly JourneyMetrics _metrics = JourneyMetricsCalculator.Compute(
        _firstHalf2026,
        new[]
        {
            Move(_a, JourneyStage.Prospect, JourneyStage.ActiveClient, Day.On(2025, 11, 1), 30),
            Move(_a, JourneyStage.ActiveClient, JourneyStage.BetweenEngagements, Day.On(2026, 2, 1), 92),
            Move(_a, JourneyStage.BetweenEngagements, JourneyStage.ActiveClient, Day.On(2026, 5, 1), 89),
            Move(_b, JourneyStage.Prospect, JourneyStage.ActiveClient, Day.On(2026, 3, 1), 59),
            Move(_b, JourneyStage.ActiveClient, JourneyStage.BetweenEngagements, Day.On(2026, 5, 1), 61),
            Move(_c, JourneyStage.ActiveClient, JourneyStage.BetweenEngagements, Day.On(2023, 11, 20), 100),
            Move(_c, JourneyStage.BetweenEngagements, JourneyStage.FormerClient, Day.On(2026, 4, 1), 863, TransitionTrigger.Dormancy),
            Move(_d, JourneyStage.Prospect, JourneyStage.ActiveClient, Day.On(2025, 6, 1), 10),
            Move(_e, JourneyStage.BetweenEngagements, JourneyStage.FormerClient, Day.On(2025, 3, 1), 400),
            Move(_g, JourneyStage.Prospect, JourneyStage.ActiveClient, Day.On(2026, 7, 1), 20),
        },
        new[]
        {
            AnEngagement().For(_a).Completed(Day.On(2025, 11, 1), Day.On(2026, 2, 1)).Build(),
            AnEngagement().For(_a).Active(Day.On(2026, 5, 1)).Build(),
            AnEngagement().For(_b).Active(Day.On(2026, 3, 1)).Build(),
            AnEngagement().For(_d).Active(Day.On(2025, 6, 1)).Build(),
            AnEngagement().For(_g).Active(Day.On(2026, 7, 1)).Build(),
            AnEngagement().For(_h).Planned(Day.On(2026, 2, 1)).Build(),
            AnEngagement().For(_k).Completed(Day.On(2026, 2, 15), Day.On(2026, 3, 15)).Build(),
        },
        new[]
        {
            new Touchpoint(_b, Day.On(2026, 1, 10), TouchpointChannel.Email),
            new Touchpoint(_b, Day.On(2026, 2, 20), TouchpointChannel.Meeting),
            new Touchpoint(_b, Day.On(2026, 3, 1), TouchpointChannel.PhoneCall),
            new Touchpoint(_b, Day.On(2026, 4, 1), TouchpointChannel.Email),
            new Touchpoint(_k, Day.On(2025, 12, 1), TouchpointChannel.PhoneCall),
            new Touchpoint(_k, Day.On(2026, 2, 14), TouchpointChannel.Meeting),
            new Touchpoint(_a, Day.On(2025, 10, 1), TouchpointChannel.Email),
        },
        new[]
        {
            Referred(_e, null, Day.On(2026, 2, 10), JourneyStage.FormerClient, ReferralStatus.Won, 30_000m),
            Referred(_e, null, Day.On(2026, 5, 5), JourneyStage.FormerClient),
            Referred(_d, null, Day.On(2026, 3, 15), JourneyStage.ActiveClient, ReferralStatus.Won, 12_000m),
            Referred(_a, null, Day.On(2025, 12, 20), JourneyStage.ActiveClient),
            Referred(null, _contact, Day.On(2026, 4, 4), null),
            Referred(_c, null, Day.On(2026, 3, 1), JourneyStage.BetweenEngagements),
        });

    [Fact]
    public void Stage_counts_are_taken_at_the_end_of_the_range()
    {
        Assert.Equal(new[] { 0, 2, 1, 2 }, _metrics.StageCountsAtEnd.Select(s => s.Count));
        Assert.Equal(
            new[] { JourneyStage.Prospect, JourneyStage.ActiveClient, JourneyStage.BetweenEngagements, JourneyStage.FormerClient },
            _metrics.StageCountsAtEnd.Select(s => s.Stage));
    }

    [Fact]
    public void Flows_count_the_transitions_within_the_range_per_stage_pair()
    {
        var flows = _metrics.Flows.Select(f => $"{f.From}>{f.To}:{f.Count}");

        Assert.Equal(
            new[] { "Prospect>ActiveClient:1", "ActiveClient>BetweenEngagements:2", "BetweenEngagements>ActiveClient:1", "BetweenEngagements>FormerClient:1" },
            flows);
    }

    [Theory]
    [InlineData(ConversionKind.ProspectToClient, 1, 1)]
    [InlineData(ConversionKind.ClientToBetween, 2, 3)]
    [InlineData(ConversionKind.BetweenToRepeat, 1, 3)]
    [InlineData(ConversionKind.BetweenToFormer, 1, 3)]
    [InlineData(ConversionKind.FormerToReferralSource, 1, 2)]
    public void Conversions_divide_the_accounts_that_converted_by_those_that_could_have(ConversionKind kind, int converted, int eligible)
    {
        var rate = _metrics.Conversions.Single(c => c.Kind == kind);

        Assert.Equal(converted, rate.Numerator);
        Assert.Equal(eligible, rate.Denominator);
        Assert.Equal((double)converted / eligible, rate.Rate!.Value, 10);
    }

    [Theory]
    [InlineData(JourneyStage.Prospect, 1, 59, 59)]
    [InlineData(JourneyStage.ActiveClient, 2, 61, 92)]
    [InlineData(JourneyStage.BetweenEngagements, 2, 89, 863)]
    public void Time_in_stage_uses_the_stays_that_ended_within_the_range(JourneyStage stage, int stays, int median, int p90)
    {
        var time = _metrics.TimeInStages.Single(t => t.Stage == stage);

        Assert.Equal(stays, time.StayCount);
        Assert.Equal(median, time.MedianDays);
        Assert.Equal(p90, time.P90Days);
    }

    [Fact]
    public void A_stage_nobody_left_within_the_range_has_no_time_statistics()
    {
        var former = _metrics.TimeInStages.Single(t => t.Stage == JourneyStage.FormerClient);

        Assert.Equal(0, former.StayCount);
        Assert.Null(former.MedianDays);
    }

    [Fact]
    public void Touchpoints_before_the_first_engagement_are_counted_per_channel()
    {
        var before = _metrics.BeforeFirstEngagement;

        Assert.Equal(2, before.AccountCount);
        Assert.Equal(4, before.TouchpointCount);
        Assert.Equal(1, before.Channels.CountFor(TouchpointChannel.Email));
        Assert.Equal(2, before.Channels.CountFor(TouchpointChannel.Meeting));
        Assert.Equal(1, before.Channels.CountFor(TouchpointChannel.PhoneCall));
        Assert.Equal(2.0, before.AveragePerAccount);
    }

    [Fact]
    public void Referral_sources_are_ranked_by_referrals_then_wins()
    {
        var sources = _metrics.ReferralSources;

        Assert.Equal(new[] { _e, _d, _c }, sources.Select(s => s.ReferrerAccountId));
        Assert.Equal(new[] { 2, 1, 1 }, sources.Select(s => s.ReferralCount));
        Assert.Equal(new[] { 30_000m, 12_000m, 0m }, sources.Select(s => s.WonValue));
    }

    [Fact]
    public void The_share_of_referrals_from_former_clients_uses_the_referrer_stage_at_the_time()
    {
        Assert.Equal(5, _metrics.ReferralCount);
        Assert.Equal(2, _metrics.FormerClientReferralCount);
        Assert.Equal(0.4, _metrics.FormerClientReferralShare!.Value, 10);
    }

    [Fact]
    public void With_no_data_every_rate_is_unknown_rather_than_zero()
    {
        var empty = JourneyMetricsCalculator.Compute(
            _firstHalf2026, Array.Empty<StageTransition>(), Array.Empty<Engagement>(), Array.Empty<Touchpoint>(), Array.Empty<Referral>());

        Assert.All(empty.Conversions, c => Assert.Null(c.Rate));
        Assert.Null(empty.FormerClientReferralShare);
        Assert.Null(empty.BeforeFirstEngagement.AveragePerAccount);
        Assert.Empty(empty.Flows);
    }

    private static Guid Id(int n) => new(n, 0, 0, new byte[8]);

    private static StageTransition Move(Guid account, JourneyStage from, JourneyStage to, DateTime on, int days, TransitionTrigger trigger = TransitionTrigger.Manual) =>
        new(account, from, to, on, trigger, days);

    private static Referral Referred(Guid? account, Guid? contact, DateTime on, JourneyStage? stage, ReferralStatus status = ReferralStatus.Open, decimal value = 0m) =>
        new(account, contact, ReferredKind.Lead, Guid.NewGuid(), on, ReferralChannel.WordOfMouth, status, value, stage);
}
