using CrmJourney.Domain.Time;

namespace CrmJourney.Domain.Tests.Time;

public class WholeDaysTests
{
    [Fact]
    public void Days_are_counted_between_calendar_dates_ignoring_the_time_of_day()
    {
        // 23:00 on 1 March to 08:00 on 2 March is nine hours, but one calendar day.
        var days = WholeDays.Between(Day.On(2026, 3, 1, hour: 23), Day.On(2026, 3, 2, hour: 8));

        Assert.Equal(1, days);
    }

    [Fact]
    public void A_leap_year_february_is_counted_with_its_29th()
    {
        // 2024-02-01 → 2024-03-01: 29 days in February 2024.
        Assert.Equal(29, WholeDays.Between(Day.On(2024, 2, 1), Day.On(2024, 3, 1)));
    }

    [Fact]
    public void An_end_before_the_start_counts_zero_days_never_negative()
    {
        Assert.Equal(0, WholeDays.Between(Day.On(2026, 5, 10), Day.On(2026, 5, 1)));
    }

    [Fact]
    public void The_signed_count_is_negative_when_the_start_is_after_the_end()
    {
        // 2026-05-10 23:30 → 2026-05-01 00:15: nine calendar dates back, whatever the times of day.
        Assert.Equal(-9, WholeDays.Signed(Day.On(2026, 5, 10).AddHours(23.5), Day.On(2026, 5, 1).AddMinutes(15)));
        Assert.Equal(9, WholeDays.Signed(Day.On(2026, 5, 1).AddMinutes(15), Day.On(2026, 5, 10).AddHours(23.5)));
    }
}
