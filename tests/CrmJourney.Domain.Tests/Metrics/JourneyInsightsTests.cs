using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Metrics;
using CrmJourney.Domain.Time;
using CrmJourney.Domain.Touchpoints;
using static CrmJourney.Domain.Tests.Time.Day;

namespace CrmJourney.Domain.Tests.Metrics;

/// <summary>
/// One small firm, reported on for 2025 (range [2025-01-01, 2026-01-01)); every expectation is worked
/// out by hand here.
///
/// Accounts and where they enter:
///  P1 entry Prospect 2024-06-01; lost Canceled (not now) 2024-10-01; Prospect→Active 2025-03-01.
///  P2 entry Prospect 2025-02-01; lost Out-Sold (no way) 2025-04-01.
///  P3 entry Prospect 2025-05-01; lost Canceled (not now) 2025-06-01.
///  P4 entry Prospect 2024-01-01; nothing since.
///  C1 entry Prospect 2023-01-01; Prospect→Active 2023-02-01 (before the range).
///  I1 Imported (Prospect→Between) 2025-07-01: a baseline, not a move.
/// Prospects in 2025: P1 (at the start), P4 (at the start), P2 and P3 (entering) = 4; C1 was Active at
/// the start; I1 entered Between. Engaged: P1. Not now: P3. No way: P2. Open: P4.
/// Lost reasons in 2025: Canceled 1 (P3), Out-Sold 1 (P2). Not-now prospects: P1, P3 = 2; won on revisit: P1.
/// Flows: Prospect→Active 1 (P1; C1's is before, I1's is Imported).
///
/// Engagements (line, status, start–end, value, satisfaction):
///  E1 P1 Tax Completed 2025-03-01–2025-06-01 100, 4   E2 P1 Audit Active 2025-09-01 50
///  E3 C1 Tax Completed 2023-02-01–2023-05-01 200, 2   E4 C1 Tax Completed 2024-01-15–2024-03-01 300, 5
///  E5 C1 Risk Cancelled 2024-06-01 999 (does not count)  E6 I1 Audit Completed 2022-03-01–2022-04-01 80, 5
/// </summary>
public sealed class JourneyInsightsTests
{
    internal static readonly DateRange Year2025 = new(On(2025, 1, 1), On(2026, 1, 1));
    internal static readonly Guid P1 = Id(1), P2 = Id(2), P3 = Id(3), P4 = Id(4), C1 = Id(5), I1 = Id(6);
    internal static readonly ServiceLine Tax = new(Id(101), "TAX", "Tax");
    internal static readonly ServiceLine Audit = new(Id(102), "AUD", "Audit");
    internal static readonly ServiceLine Risk = new(Id(103), "RSK", "Risk");

    internal static readonly StageEntry[] Entries =
    {
        new(P1, JourneyStage.Prospect, On(2024, 6, 1)), new(P2, JourneyStage.Prospect, On(2025, 2, 1)), new(P3, JourneyStage.Prospect, On(2025, 5, 1)),
        new(P4, JourneyStage.Prospect, On(2024, 1, 1)), new(C1, JourneyStage.Prospect, On(2023, 1, 1)),
    };

    internal static readonly StageTransition[] Transitions =
    {
        new(P1, JourneyStage.Prospect, JourneyStage.ActiveClient, On(2025, 3, 1), TransitionTrigger.EngagementStarted, 273),
        new(C1, JourneyStage.Prospect, JourneyStage.ActiveClient, On(2023, 2, 1), TransitionTrigger.EngagementStarted, 31),
        new(I1, JourneyStage.Prospect, JourneyStage.BetweenEngagements, On(2025, 7, 1), TransitionTrigger.Imported, 0),
    };

    internal static readonly LostOpportunity[] Losses =
    {
        new(P1, On(2024, 10, 1), 4, "Canceled", ProspectOutcome.NotNow), new(P2, On(2025, 4, 1), 5, "Out-Sold", ProspectOutcome.NoWay),
        new(P3, On(2025, 6, 1), 4, "Canceled", ProspectOutcome.NotNow),
    };

    internal static readonly Engagement[] Engagements =
    {
        new(Id(201), P1, Tax.Id, EngagementStatus.Completed, On(2025, 3, 1), On(2025, 6, 1), 100m),
        new(Id(202), P1, Audit.Id, EngagementStatus.Active, On(2025, 9, 1), null, 50m),
        new(Id(203), C1, Tax.Id, EngagementStatus.Completed, On(2023, 2, 1), On(2023, 5, 1), 200m),
        new(Id(204), C1, Tax.Id, EngagementStatus.Completed, On(2024, 1, 15), On(2024, 3, 1), 300m),
        new(Id(205), C1, Risk.Id, EngagementStatus.Cancelled, On(2024, 6, 1), null, 999m),
        new(Id(206), I1, Audit.Id, EngagementStatus.Completed, On(2022, 3, 1), On(2022, 4, 1), 80m),
    };

    [Fact]
    public void Prospect_outcomes_split_the_periods_prospects_into_engaged_not_now_no_way_and_open()
    {
        var outcomes = ProspectOutcomeFigures.Compute(Year2025, Transitions, Entries, Losses);

        Assert.Equal(4, outcomes.Prospects);
        Assert.Equal(1, outcomes.Engaged);
        Assert.Equal(1, outcomes.NotNow);
        Assert.Equal(1, outcomes.NoWay);
        Assert.Equal(1, outcomes.Open);
        Assert.Equal(new[] { new ReasonCount("Canceled", 1), new ReasonCount("Out-Sold", 1) }, outcomes.LostReasons);
        Assert.Equal(2, outcomes.NotNowProspects);
        Assert.Equal(1, outcomes.WonOnRevisit);
    }

    [Fact]
    public void The_prospect_conversion_has_the_outcomes_base_and_an_imported_transition_is_neither_a_flow_nor_a_conversion()
    {
        var metrics = JourneyMetricsCalculator.Compute(Year2025, Transitions, Engagements, Array.Empty<Touchpoint>(), Array.Empty<CrmJourney.Domain.Referrals.Referral>(), Entries);

        var conversion = metrics.Conversions[(int)ConversionKind.ProspectToClient];
        Assert.Equal(1, conversion.Numerator);
        Assert.Equal(4, conversion.Denominator);
        var flow = Assert.Single(metrics.Flows);
        Assert.Equal((JourneyStage.Prospect, JourneyStage.ActiveClient, 1), (flow.From, flow.To, flow.Count));

        // End of 2025: P1 Active, C1 Active, P2/P3/P4 Prospect, I1 Between (its imported baseline).
        Assert.Equal(new[] { 3, 2, 1, 0 }, metrics.StageCountsAtEnd.Select(c => c.Count));
        // One completed stay in 2025: P1's 273 days as a prospect (the Imported row is no stay).
        Assert.Equal(new[] { 1, 0, 0, 0 }, metrics.TimeInStages.Select(t => t.StayCount));
    }

    [Fact]
    public void Lifetime_value_sums_counting_engagements_per_client_by_tier_and_by_service_line()
    {
        var tiers = new Dictionary<Guid, ClientTier?> { [P1] = ClientTier.Tier1, [C1] = ClientTier.Tier1, [I1] = null };

        var value = ClientValueFigures.Compute(Year2025.To, Engagements, tiers);

        // P1 100 + 50 = 150, C1 200 + 300 = 500 (the cancelled 999 does not count), I1 80.
        Assert.Equal(3, value.Clients);
        Assert.Equal(730m, value.Total);
        Assert.Equal(730m / 3, value.Mean);
        Assert.Equal(150m, value.Median);
        Assert.Equal(new[] { new ValueRow("No tier", 1, 80m, 80m), new ValueRow("Tier 1", 2, 650m, 325m) }, value.ByTier);
        Assert.Equal(new[] { new ValueRow(Tax.Id.ToString("D"), 2, 600m, 300m), new ValueRow(Audit.Id.ToString("D"), 2, 130m, 65m) }, value.ByServiceLine);
    }

    [Fact]
    public void Retention_cohorts_count_a_repeat_engagement_only_where_the_window_has_fully_passed()
    {
        var cohorts = RetentionCohort.Compute(Year2025.To, Engagements);

        // 2022: I1, windows to 2023/2024/2025-03-01 all passed, no second engagement.
        // 2023: C1, second start 2024-01-15 within a year; the 3-year window ends 2026-02-01, after the end.
        // 2025: P1, even the 1-year window (2026-03-01) has not passed.
        Assert.Equal(new[] { 2022, 2023, 2025 }, cohorts.Select(c => c.Year));
        Assert.Equal(new[] { 1, 1, 1 }, cohorts[0].Observed);
        Assert.Equal(new[] { 0, 0, 0 }, cohorts[0].Retained);
        Assert.Equal(new[] { 1, 1, 0 }, cohorts[1].Observed);
        Assert.Equal(new[] { 1, 1, 0 }, cohorts[1].Retained);
        Assert.Equal(new[] { 0, 0, 0 }, cohorts[2].Observed);
    }

    [Fact]
    public void Affinity_shares_are_of_the_buyers_of_the_first_line_and_suggest_the_best_other_line()
    {
        var affinity = ServiceLineAffinity.Of(Engagements);

        // Tax: P1, C1. Audit: P1, I1. Risk: only a cancelled engagement, so no buyer.
        Assert.Equal(2, affinity.BuyersOf(Tax.Id));
        Assert.Equal(1, affinity.Both(Tax.Id, Audit.Id));
        Assert.Equal(0.5, affinity.Share(Tax.Id, Audit.Id));
        Assert.Null(affinity.Share(Risk.Id, Tax.Id));
        var best = Assert.Single(affinity.BestNext(Tax.Id, new[] { Tax, Audit, Risk }));
        Assert.Equal(("Audit", 1, 2, "50%"), (best.Line.Name, best.AlsoBought, best.Buyers, best.SharePercent));
    }

    [Fact]
    public void Satisfaction_counts_engagements_per_score_and_relates_each_clients_latest_score_to_what_followed()
    {
        var scores = new[]
        {
            new EngagementScore(P1, On(2025, 6, 1), 4), new EngagementScore(C1, On(2023, 5, 1), 2),
            new EngagementScore(C1, On(2024, 3, 1), 5), new EngagementScore(I1, On(2022, 4, 1), 5),
        };
        var repeat = ClientDefinitions.RepeatClients(Engagements, Year2025.To);

        var rows = SatisfactionFigures.Compute(Year2025.To, scores, new HashSet<Guid> { I1 }, repeat, new HashSet<Guid> { C1 });

        // Repeat clients: P1 (two started) and C1 (two counting; the cancelled one does not count).
        Assert.Equal(new HashSet<Guid> { P1, C1 }, repeat);
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, rows.Select(r => r.Score));
        Assert.Equal(new SatisfactionRow(2, 1, 0, 0, 0, 0), rows[1]);
        Assert.Equal(new SatisfactionRow(4, 1, 1, 0, 1, 0), rows[3]);
        Assert.Equal(new SatisfactionRow(5, 2, 2, 1, 1, 1), rows[4]);
    }

    [Fact]
    public void The_path_to_the_first_engagement_counts_touchpoints_channels_and_days_before_it()
    {
        Guid x = Id(11), y = Id(12), z = Id(13);
        var engagements = new[]
        {
            new Engagement(Id(301), x, Tax.Id, EngagementStatus.Completed, On(2025, 3, 1), On(2025, 4, 1)),
            new Engagement(Id(302), y, Tax.Id, EngagementStatus.Active, On(2025, 6, 10)),
            new Engagement(Id(303), z, Tax.Id, EngagementStatus.Active, On(2025, 8, 1)),
            new Engagement(Id(304), C1, Tax.Id, EngagementStatus.Completed, On(2024, 8, 1), On(2024, 9, 1)),
        };
        var touchpoints = new[]
        {
            new Touchpoint(x, On(2025, 1, 10), TouchpointChannel.Email), new Touchpoint(x, On(2025, 2, 1), TouchpointChannel.Meeting),
            new Touchpoint(x, On(2025, 2, 20), TouchpointChannel.Email), new Touchpoint(x, On(2025, 3, 5), TouchpointChannel.PhoneCall),
            new Touchpoint(y, On(2025, 6, 1), TouchpointChannel.Email), new Touchpoint(C1, On(2024, 7, 1), TouchpointChannel.Email),
        };

        var path = PathToFirstEngagement.Compute(Year2025, engagements, touchpoints);

        // x: 3 before (the call is after), 2 channels, 2025-01-10 → 2025-03-01 = 50 days; y: 1, 1, 9 days;
        // z: none; C1's first engagement is in 2024. Touchpoints [0, 1, 3], channels [0, 1, 2], days [9, 50].
        Assert.Equal((3, 2, 4), (path.Clients, path.ClientsWithTouchpoints, path.Touchpoints));
        Assert.Equal(4.0 / 3, path.MeanTouchpoints);
        Assert.Equal(1, path.MedianTouchpoints);
        Assert.Equal(1.0, path.MeanChannels);
        Assert.Equal(1, path.MedianChannels);
        Assert.Equal(29.5, path.MeanDays);
        Assert.Equal(9, path.MedianDays);
        Assert.Equal(3, path.ChannelMix.ByChannel.Single(c => c.Key == TouchpointChannel.Email).Value);
        Assert.Equal(1, path.ChannelMix.ByChannel.Single(c => c.Key == TouchpointChannel.Meeting).Value);
    }

    [Fact]
    public void Trends_give_stage_counts_at_each_month_end_and_flows_per_quarter()
    {
        var monthly = JourneyTrends.Monthly(Year2025, Transitions, Entries);
        var quarterly = JourneyTrends.Quarterly(Year2025, Transitions, Entries);

        // End of January: P1, P4 prospects, C1 active (P2, P3, I1 not known yet). End of December: see above.
        Assert.Equal(12, monthly.Count);
        Assert.Equal(new[] { 2, 1, 0, 0 }, monthly[0].StageCounts.Select(c => c.Count));
        Assert.Equal(new[] { 3, 2, 1, 0 }, monthly[11].StageCounts.Select(c => c.Count));
        Assert.Equal(new[] { On(2025, 1, 1), On(2025, 4, 1), On(2025, 7, 1), On(2025, 10, 1) }, quarterly.Select(q => q.Start));
        Assert.Equal(1, Assert.Single(quarterly[0].Flows).Count);
        Assert.All(quarterly.Skip(1), q => Assert.Empty(q.Flows));
    }

    private static Guid Id(int n) => new($"dddddddd-0000-0000-0000-{n:D12}");
}
