using System;
using System.Collections.Generic;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Initialization;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Referrals;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Domain.Tests.Initialization;

/// <summary>
/// Each derivation rule of the initialization from history, with dates worked out by hand in the comments: engagement
/// length and status, stage and its entry date, dormancy, prospect outcomes through the Lose mapping, touchpoints,
/// referral counters, the as-of cut, and the missing-service-line refusal.
/// </summary>
public sealed class JourneyInitializerTests
{
    private static readonly Guid _account = new("10000000-0000-4000-8000-000000000001");
    private static readonly Guid _audit = new("20000000-0000-4000-8000-000000000001");
    private static readonly Guid _tax = new("20000000-0000-4000-8000-000000000002");
    private static readonly DateTime _asOf = new(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime _created = new(2019, 3, 4, 9, 0, 0, DateTimeKind.Utc);

    private static readonly InitializationPolicy _policy = InitializationPolicy.Default with
    {
        LostAs = new Dictionary<int, ProspectOutcome> { [4] = ProspectOutcome.NotNow, [5] = ProspectOutcome.NoWay },
    };

    private static DateTime Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    private static WonDeal Won(int year, int month, int day, Guid? line, string name = "Statutory audit", decimal value = 12_000m) =>
        new(Guid.NewGuid(), name, Day(year, month, day), value, line);

    private static AccountHistory History(
        IReadOnlyList<WonDeal>? won = null,
        IReadOnlyList<LostDeal>? lost = null,
        IReadOnlyList<Touchpoint>? touchpoints = null,
        IReadOnlyList<Engagement>? engagements = null,
        IReadOnlyList<Referral>? referrals = null) =>
        new(_account, _created, touchpoints ?? Array.Empty<Touchpoint>(), engagements ?? Array.Empty<Engagement>(), won ?? Array.Empty<WonDeal>(), lost ?? Array.Empty<LostDeal>(), referrals ?? Array.Empty<Referral>());

    [Fact]
    public void A_deal_won_more_than_180_days_ago_is_a_completed_engagement_ending_180_days_after_the_win()
    {
        // 2024-01-10 + 180 days: 21 days to Jan 31, 29 in Feb (leap year), 31, 30, 31, 30, then 8 → 2024-07-08.
        var journey = JourneyInitializer.Derive(History(won: new[] { Won(2024, 1, 10, _audit) }, touchpoints: new[] { new Touchpoint(_account, Day(2026, 3, 1), TouchpointChannel.Email) }), _policy, _asOf);

        var engagement = Assert.Single(journey.NewEngagements);
        Assert.Equal(EngagementStatus.Completed, engagement.Status);
        Assert.Equal(Day(2024, 1, 10), engagement.StartedOn);
        Assert.Equal(Day(2024, 7, 8), engagement.EndedOn);
        Assert.Equal(_audit, engagement.ServiceLineId);
        Assert.Equal((0, 1, 1), (journey.Engagements.ActiveCount, journey.Engagements.CompletedCount, journey.Engagements.ServiceLineCount));

        // Touched on 2026-03-01: 275 quiet days by 2026-12-01, inside the two-year horizon, so Between, since the end.
        Assert.Equal(JourneyStage.BetweenEngagements, journey.Stage);
        Assert.Equal(Day(2024, 7, 8), journey.StageEnteredOn);
    }

    [Fact]
    public void A_client_quiet_past_the_two_year_horizon_enters_as_a_former_client_from_the_day_it_became_dormant()
    {
        // Ended 2024-07-08, never touched since: 876 quiet days by 2026-12-01 (> 730). Dormant once more than 730 whole
        // days have passed: 2024-07-08 + 731 days = 2026-07-09.
        var journey = JourneyInitializer.Derive(History(won: new[] { Won(2024, 1, 10, _audit) }), _policy, _asOf);

        Assert.Equal(JourneyStage.FormerClient, journey.Stage);
        Assert.Equal(Day(2026, 7, 9), journey.StageEnteredOn);
    }

    [Fact]
    public void A_deal_won_within_the_engagement_length_is_an_active_engagement_and_the_account_an_active_client_since_the_win()
    {
        // 2026-10-01 + 180 days is 2027-03-30, after the as-of date.
        var journey = JourneyInitializer.Derive(History(won: new[] { Won(2026, 10, 1, _tax), Won(2023, 5, 2, _audit, "Old audit") }), _policy, _asOf);

        Assert.Equal(JourneyStage.ActiveClient, journey.Stage);
        Assert.Equal(Day(2026, 10, 1), journey.StageEnteredOn);
        Assert.Equal((1, 1, 2), (journey.Engagements.ActiveCount, journey.Engagements.CompletedCount, journey.Engagements.ServiceLineCount));
        Assert.Equal(Day(2023, 5, 2), journey.Engagements.FirstEngagementOn);
        Assert.Null(journey.NewEngagements[1].EndedOn);
    }

    [Fact]
    public void The_engagement_length_is_the_policy_s_so_a_firm_of_long_engagements_keeps_last_year_s_wins_active()
    {
        var longer = _policy with { EngagementLengthDays = 400 };

        // 2026-01-15 + 400 days = 2027-02-19 (after the as-of date): still active; with 180 days it ended 2026-07-14.
        var journey = JourneyInitializer.Derive(History(won: new[] { Won(2026, 1, 15, _audit) }), longer, _asOf);
        var shorter = JourneyInitializer.Derive(History(won: new[] { Won(2026, 1, 15, _audit) }), _policy, _asOf);

        Assert.Equal(JourneyStage.ActiveClient, journey.Stage);
        Assert.Equal(JourneyStage.BetweenEngagements, shorter.Stage);
        Assert.Equal(Day(2026, 7, 14), shorter.StageEnteredOn);
    }

    [Fact]
    public void An_account_that_never_won_is_a_prospect_since_its_creation_with_the_outcome_of_its_latest_mapped_loss()
    {
        var journey = JourneyInitializer.Derive(History(lost: new[] { new LostDeal(Day(2025, 6, 10), 4), new LostDeal(Day(2025, 1, 5), 5), new LostDeal(Day(2025, 8, 1), 2) }), _policy, _asOf);

        // Oldest first: No way (Jan), then Not now (June) — the unmapped reason 2 in August changes nothing.
        // Revisit: 2025-06-10 + 180 days = 20 days to Jun 30, then 31, 31, 30, 31, 30 → 2025-12-07.
        Assert.Equal(JourneyStage.Prospect, journey.Stage);
        Assert.Equal(_created, journey.StageEnteredOn);
        Assert.Equal(ProspectOutcome.NotNow, journey.ProspectOutcome);
        Assert.Equal(Day(2025, 12, 7), journey.RevisitOn);
    }

    [Fact]
    public void A_client_s_losses_leave_its_outcome_open_as_the_Lose_step_would()
    {
        var journey = JourneyInitializer.Derive(History(won: new[] { Won(2026, 9, 1, _audit) }, lost: new[] { new LostDeal(Day(2026, 10, 1), 5) }), _policy, _asOf);

        Assert.Equal(JourneyStage.ActiveClient, journey.Stage);
        Assert.Equal(ProspectOutcome.Open, journey.ProspectOutcome);
        Assert.Null(journey.RevisitOn);
    }

    [Fact]
    public void A_won_deal_without_a_service_line_leaves_the_account_without_a_stage_and_says_how_to_fix_it()
    {
        var journey = JourneyInitializer.Derive(History(won: new[] { Won(2025, 2, 3, null, "Payroll set-up") }), _policy, _asOf);

        Assert.True(journey.IsSkipped);
        Assert.Empty(journey.NewEngagements);
        Assert.Equal(
            "1 won opportunity without a service line (\"Payroll set-up\"), so its engagement cannot be recorded: set the opportunities' service line, or give a fallback service line, and run the initialization again.",
            journey.SkipReason);
    }

    [Fact]
    public void With_a_fallback_service_line_a_deal_without_one_is_recorded_in_the_fallback()
    {
        var journey = JourneyInitializer.Derive(History(won: new[] { Won(2025, 2, 3, null) }), _policy with { FallbackServiceLineId = _tax }, _asOf);

        Assert.False(journey.IsSkipped);
        Assert.Equal(_tax, Assert.Single(journey.NewEngagements).ServiceLineId);
    }

    [Fact]
    public void Touchpoints_give_the_count_and_the_latest_one_with_its_channel_up_to_the_as_of_date()
    {
        var touchpoints = new[]
        {
            new Touchpoint(_account, Day(2026, 2, 1), TouchpointChannel.Meeting),
            new Touchpoint(_account, Day(2026, 11, 20), TouchpointChannel.PhoneCall),
            new Touchpoint(_account, Day(2026, 5, 5), TouchpointChannel.Email),
            new Touchpoint(_account, Day(2026, 12, 24), TouchpointChannel.Email),
        };

        var journey = JourneyInitializer.Derive(History(touchpoints: touchpoints), _policy, _asOf);

        Assert.Equal(3, journey.TouchpointCount);
        Assert.Equal(Day(2026, 11, 20), journey.LastTouchpoint!.OccurredOn);
        Assert.Equal(TouchpointChannel.PhoneCall, journey.LastTouchpoint.Channel);
    }

    [Fact]
    public void Existing_engagements_count_with_the_new_ones_and_an_active_one_keeps_the_account_active()
    {
        var existing = new Engagement(Guid.NewGuid(), _account, _audit, EngagementStatus.Active, Day(2026, 4, 1));

        var journey = JourneyInitializer.Derive(History(won: new[] { Won(2022, 1, 1, _tax) }, engagements: new[] { existing }), _policy, _asOf);

        Assert.Equal(JourneyStage.ActiveClient, journey.Stage);
        Assert.Equal(Day(2026, 4, 1), journey.StageEnteredOn);
        Assert.Equal((1, 1), (journey.Engagements.ActiveCount, journey.Engagements.CompletedCount));
    }

    [Fact]
    public void Referral_counters_count_each_referred_record_once_and_the_won_ones()
    {
        var lead = Guid.NewGuid();
        var opportunity = Guid.NewGuid();
        var referrals = new[]
        {
            new Referral(_account, null, ReferredKind.Lead, lead, Day(2025, 3, 1)),
            new Referral(_account, null, ReferredKind.Opportunity, opportunity, Day(2025, 9, 1), status: ReferralStatus.Won, value: 5_000m),
            new Referral(_account, null, ReferredKind.Lead, lead, Day(2025, 3, 1)),
        };

        var journey = JourneyInitializer.Derive(History(referrals: referrals), _policy, _asOf);

        Assert.Equal((2, 1, Day(2025, 9, 1)), (journey.Referrals.ReferralCount, journey.Referrals.WonCount, journey.Referrals.LastReferralOn));
    }

    [Fact]
    public void A_deal_won_after_the_as_of_date_is_not_yet_history()
    {
        var journey = JourneyInitializer.Derive(History(won: new[] { Won(2027, 1, 5, _audit) }), _policy, _asOf);

        Assert.Empty(journey.NewEngagements);
        Assert.Equal(JourneyStage.Prospect, journey.Stage);
    }
}
