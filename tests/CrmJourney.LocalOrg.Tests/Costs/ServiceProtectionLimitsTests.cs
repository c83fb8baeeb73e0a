using System;
using CrmJourney.LocalOrg.Costs;

namespace CrmJourney.LocalOrg.Tests.Costs;

public sealed class ServiceProtectionLimitsTests
{
    [Fact]
    public void The_per_account_baseline_s_requests_alone_hold_it_back_two_hours()
    {
        // 147,940 requests at 6,000 a window: ⌈24.66⌉ = 25 windows' worth, the first at once, so 24 × 5 min = 2 h.
        var floor = ServiceProtectionLimits.Default.Floor(147_940, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromHours(2), floor.ByRequests);
        Assert.Equal(TimeSpan.FromHours(2), floor.Longest);
        Assert.Equal("requests", floor.BindingLimit);
    }

    [Fact]
    public void Execution_time_beyond_the_limit_costs_a_window_for_each_further_twenty_minutes()
    {
        // 174 min of execution at 20 min a window: ⌈8.7⌉ = 9, so 8 × 5 min = 40 min; spread over 52 concurrent
        // requests it needs 174 / 52 min = 3 min 20.77 s.
        var floor = ServiceProtectionLimits.Default.Floor(100, TimeSpan.FromMinutes(174));

        Assert.Equal(TimeSpan.Zero, floor.ByRequests);
        Assert.Equal(TimeSpan.FromMinutes(40), floor.ByExecutionTime);
        Assert.Equal(TimeSpan.FromTicks(TimeSpan.FromMinutes(174).Ticks / 52), floor.ByConcurrency);
        Assert.Equal("execution time", floor.BindingLimit);
    }

    [Fact]
    public void Work_within_one_window_of_every_limit_is_not_held_back()
    {
        var floor = ServiceProtectionLimits.Default.Floor(6000, TimeSpan.Zero);

        Assert.Equal(TimeSpan.Zero, floor.Longest);
        Assert.Equal("none", floor.BindingLimit);
    }

    [Fact]
    public void A_limit_of_zero_requests_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceProtectionLimits { Requests = 0 });

        Assert.StartsWith("The request limit is at least 1", error.Message, StringComparison.Ordinal);
    }
}
