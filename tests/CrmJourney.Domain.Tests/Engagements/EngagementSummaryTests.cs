using System;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Tests.Time;
using static CrmJourney.Domain.Tests.Engagements.EngagementBuilder;

namespace CrmJourney.Domain.Tests.Engagements;

public class EngagementSummaryTests
{
    [Fact]
    public void Planned_and_cancelled_engagements_count_for_nothing()
    {
        var summary = EngagementSummary.From(new[]
        {
            AnEngagement().Planned(Day.On(2025, 1, 1)).In(Audit).Build(),
            AnEngagement().Cancelled(Day.On(2024, 1, 1), Day.On(2024, 2, 1)).In(Audit).Build(),
            AnEngagement().Completed(Day.On(2024, 6, 1), Day.On(2024, 9, 1)).In(Tax).Build(),
        });

        Assert.Equal(0, summary.ActiveCount);
        Assert.Equal(1, summary.CompletedCount);
        Assert.Equal(new[] { Tax }, summary.ServiceLineIds);
        Assert.Equal(Day.On(2024, 6, 1), summary.FirstEngagementOn);
        Assert.Equal(Day.On(2024, 9, 1), summary.LastEngagementEndedOn);
    }

    [Fact]
    public void Counters_come_from_active_and_completed_engagements()
    {
        var summary = EngagementSummary.From(new[]
        {
            AnEngagement().Completed(Day.On(2023, 3, 1), Day.On(2023, 5, 1)).In(Tax).Build(),
            AnEngagement().Completed(Day.On(2024, 3, 1), Day.On(2024, 7, 15)).In(Tax).Build(),
            AnEngagement().Active(Day.On(2025, 1, 10)).In(Audit).Build(),
        });

        Assert.Equal(1, summary.ActiveCount);
        Assert.Equal(2, summary.CompletedCount);
        Assert.Equal(2, summary.ServiceLineCount);
        Assert.Equal(Day.On(2023, 3, 1), summary.FirstEngagementOn);
        // The active engagement has not ended, so the last end is the later completed one.
        Assert.Equal(Day.On(2024, 7, 15), summary.LastEngagementEndedOn);
    }

    [Fact]
    public void Completed_work_all_in_one_service_line_is_not_confined_while_another_line_is_active()
    {
        var summary = EngagementSummary.From(new[]
        {
            AnEngagement().Completed(Day.On(2023, 3, 1), Day.On(2023, 5, 1)).In(Tax).Build(),
            AnEngagement().Completed(Day.On(2024, 3, 1), Day.On(2024, 7, 15)).In(Tax).Build(),
            AnEngagement().Active(Day.On(2025, 1, 10)).In(Audit).Build(),
        });

        // The active Audit engagement is a second line bought: the client is no longer held to Tax.
        Assert.False(summary.IsConfinedToOneServiceLine);
        Assert.Null(summary.PigeonholeServiceLineId);
    }

    [Fact]
    public void Completed_and_active_work_all_in_one_service_line_is_confined_to_it()
    {
        var summary = EngagementSummary.From(new[]
        {
            AnEngagement().Completed(Day.On(2023, 3, 1), Day.On(2023, 5, 1)).In(Tax).Build(),
            AnEngagement().Active(Day.On(2025, 1, 10)).In(Tax).Build(),
            AnEngagement().Cancelled(Day.On(2024, 1, 1), Day.On(2024, 2, 1)).In(Audit).Build(),
        });

        Assert.True(summary.IsConfinedToOneServiceLine);
        Assert.Equal(Tax, summary.PigeonholeServiceLineId);
    }

    [Fact]
    public void Completed_work_in_two_service_lines_is_not_confined()
    {
        var summary = EngagementSummary.From(new[]
        {
            AnEngagement().Completed(Day.On(2023, 3, 1), Day.On(2023, 5, 1)).In(Tax).Build(),
            AnEngagement().Completed(Day.On(2024, 3, 1), Day.On(2024, 7, 15)).In(Audit).Build(),
        });

        Assert.False(summary.IsConfinedToOneServiceLine);
        Assert.Null(summary.PigeonholeServiceLineId);
    }

    [Fact]
    public void An_account_without_completed_work_is_not_confined()
    {
        var summary = EngagementSummary.From(new[] { AnEngagement().Active(Day.On(2025, 1, 10)).Build() });

        Assert.False(summary.IsConfinedToOneServiceLine);
    }

    [Fact]
    public void The_summary_gives_the_facts_the_stage_is_derived_from()
    {
        var summary = EngagementSummary.From(new[]
        {
            AnEngagement().Completed(Day.On(2024, 3, 1), Day.On(2024, 7, 15)).Build(),
        });

        var facts = summary.ToFacts(lastTouchpointOn: Day.On(2024, 8, 1));

        Assert.Equal(JourneyStage.BetweenEngagements, StageDerivation.Derive(facts));
        Assert.Equal(Day.On(2024, 7, 15), facts.LastEngagementEndedOn);
        Assert.Equal(Day.On(2024, 8, 1), facts.LastTouchpointOn);
    }

    [Fact]
    public void An_engagement_ending_before_it_starts_is_refused()
    {
        Assert.Throws<ArgumentException>(() =>
            new Engagement(Guid.NewGuid(), DefaultAccount, Tax, EngagementStatus.Completed, Day.On(2025, 5, 1), Day.On(2025, 4, 1)));
    }

    [Fact]
    public void An_engagement_with_a_negative_value_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Engagement(Guid.NewGuid(), DefaultAccount, Tax, EngagementStatus.Active, value: -1m));
    }
}
