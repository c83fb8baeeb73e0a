using System;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Metrics;

namespace CrmJourney.Domain.Tests.Metrics;

public class TimeInStageTests
{
    [Fact]
    public void Ten_stays_have_the_fifth_as_median_and_the_ninth_as_p90()
    {
        // Nearest rank: median rank ⌈0.5 × 10⌉ = 5, p90 rank ⌈0.9 × 10⌉ = 9 (1-based, ascending).
        var stats = TimeInStage.Of(JourneyStage.BetweenEngagements, new[] { 100, 10, 90, 20, 80, 30, 70, 40, 60, 50 });

        Assert.Equal(10, stats.StayCount);
        Assert.Equal(50, stats.MedianDays);
        Assert.Equal(90, stats.P90Days);
    }

    [Fact]
    public void Three_stays_have_the_middle_one_as_median_and_the_longest_as_p90()
    {
        // Sorted 1, 2, 3: median rank ⌈1.5⌉ = 2 → 2; p90 rank ⌈2.7⌉ = 3 → 3.
        var stats = TimeInStage.Of(JourneyStage.ActiveClient, new[] { 3, 1, 2 });

        Assert.Equal(2, stats.MedianDays);
        Assert.Equal(3, stats.P90Days);
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_lower_middle_value_never_an_average()
    {
        var stats = TimeInStage.Of(JourneyStage.Prospect, new[] { 10, 20 });

        Assert.Equal(10, stats.MedianDays);
        Assert.Equal(20, stats.P90Days);
    }

    [Fact]
    public void A_stage_with_no_completed_stays_has_no_median()
    {
        var stats = TimeInStage.Of(JourneyStage.FormerClient, Array.Empty<int>());

        Assert.Equal(0, stats.StayCount);
        Assert.Null(stats.MedianDays);
        Assert.Null(stats.P90Days);
    }

    [Fact]
    public void Negative_stays_are_refused()
    {
        Assert.Throws<ArgumentException>(() => TimeInStage.Of(JourneyStage.Prospect, new[] { 5, -1 }));
    }
}
