using System;
using CrmJourney.Domain.Time;

namespace CrmJourney.Domain.Tests.Time;

public class DateRangeTests
{
    [Fact]
    public void A_range_contains_its_start_but_not_its_end()
    {
        var january = new DateRange(Day.On(2026, 1, 1), Day.On(2026, 2, 1));

        Assert.True(january.Contains(Day.On(2026, 1, 1)));
        Assert.True(january.Contains(Day.On(2026, 1, 31, hour: 23)));
        Assert.False(january.Contains(Day.On(2026, 2, 1)));
        Assert.False(january.Contains(Day.On(2025, 12, 31)));
    }

    [Fact]
    public void A_range_ending_before_it_starts_is_refused_with_the_fix()
    {
        var error = Assert.Throws<ArgumentException>(() => new DateRange(Day.On(2026, 2, 1), Day.On(2026, 1, 1)));

        Assert.Contains("swap", error.Message, StringComparison.Ordinal);
    }
}
