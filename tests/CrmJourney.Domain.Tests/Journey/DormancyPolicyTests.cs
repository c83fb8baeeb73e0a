using System;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Tests.Time;
using CrmJourney.Domain.Time;

namespace CrmJourney.Domain.Tests.Journey;

public class DormancyPolicyTests
{
    private static readonly Guid _account = new("aaaaaaaa-0000-0000-0000-000000000002");
    private static readonly DormancyPolicy _twoYears = new(730);

    private static JourneyState Between => new(_account, JourneyStage.BetweenEngagements, Day.On(2024, 1, 1));

    [Fact]
    public void On_the_horizon_day_itself_the_client_is_not_yet_dormant()
    {
        // 2024-01-01 → 2025-12-31: 366 days of 2024 (leap year) + 364 = 730 days: not longer than 730.
        var facts = new AccountJourneyFacts(0, 1, lastEngagementEndedOn: Day.On(2024, 1, 1));

        Assert.False(_twoYears.IsDormant(Between, facts, Day.On(2025, 12, 31)));
    }

    [Fact]
    public void One_day_past_the_horizon_with_no_touchpoint_the_client_is_dormant()
    {
        // 2024-01-01 → 2026-01-01: 731 days.
        var facts = new AccountJourneyFacts(0, 1, lastEngagementEndedOn: Day.On(2024, 1, 1));

        Assert.True(_twoYears.IsDormant(Between, facts, Day.On(2026, 1, 1)));
    }

    [Fact]
    public void A_recent_touchpoint_keeps_a_long_finished_client_from_dormancy()
    {
        var facts = new AccountJourneyFacts(0, 1, lastEngagementEndedOn: Day.On(2024, 1, 1), lastTouchpointOn: Day.On(2025, 6, 1));

        Assert.False(_twoYears.IsDormant(Between, facts, Day.On(2026, 1, 1)));
    }

    [Fact]
    public void A_client_whose_last_engagement_end_is_unknown_is_never_made_dormant()
    {
        var facts = new AccountJourneyFacts(0, 1, lastEngagementEndedOn: null);

        Assert.False(_twoYears.IsDormant(Between, facts, Day.On(2040, 1, 1)));
    }

    [Theory]
    [InlineData(JourneyStage.Prospect)]
    [InlineData(JourneyStage.ActiveClient)]
    [InlineData(JourneyStage.FormerClient)]
    public void Only_between_engagements_accounts_can_become_dormant(JourneyStage stage)
    {
        var state = new JourneyState(_account, stage, Day.On(2020, 1, 1));
        var facts = new AccountJourneyFacts(0, 1, lastEngagementEndedOn: Day.On(2020, 1, 1));

        Assert.False(_twoYears.IsDormant(state, facts, Day.On(2030, 1, 1)));
    }

    [Fact]
    public void The_sweep_moves_a_dormant_client_to_former_with_the_dormancy_trigger()
    {
        var facts = new AccountJourneyFacts(0, 2, lastEngagementEndedOn: Day.On(2024, 1, 1));

        var step = _twoYears.Sweep(Between, facts, new FixedClock(Day.On(2026, 1, 1)));

        Assert.Equal(JourneyStage.FormerClient, step.State.Stage);
        Assert.Equal(TransitionTrigger.Dormancy, step.Transition!.Trigger);
        Assert.Null(step.Transition.ByUserId);
        Assert.Equal(731, step.Transition.DaysInPreviousStage);
    }

    [Fact]
    public void Sweeping_a_client_that_is_not_dormant_records_nothing()
    {
        var facts = new AccountJourneyFacts(0, 2, lastEngagementEndedOn: Day.On(2025, 1, 1));

        var step = _twoYears.Sweep(Between, facts, new FixedClock(Day.On(2026, 1, 1)));

        Assert.Null(step.Transition);
        Assert.Equal(JourneyStage.BetweenEngagements, step.State.Stage);
    }

    [Fact]
    public void A_horizon_below_one_day_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DormancyPolicy(0));
    }
}
