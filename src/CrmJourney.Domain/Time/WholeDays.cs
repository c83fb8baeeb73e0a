using System;

namespace CrmJourney.Domain.Time;

/// <summary>
/// Counts whole days between two instants the way users read them on a calendar: the difference
/// between the two UTC calendar dates (times of day are ignored), so an engagement ending at 23:00
/// and a call the next morning at 08:00 are one day apart. The count is never negative: an end
/// before the start (clock skew, back-dated records) counts as zero days.
/// </summary>
public static class WholeDays
{
    /// <summary>The number of calendar days from <paramref name="from"/> to <paramref name="to"/>, at least zero.</summary>
    public static int Between(DateTime from, DateTime to)
    {
        var days = Signed(from, to);
        return days < 0 ? 0 : days;
    }

    /// <summary>
    /// The signed number of calendar days from <paramref name="from"/> to <paramref name="to"/>:
    /// negative when <paramref name="from"/> is later. Cooldowns need the sign: a firing logged after a
    /// preview's as-of date must still block, not count as "long ago".
    /// </summary>
    public static int Signed(DateTime from, DateTime to) => (int)(to.Date - from.Date).TotalDays;
}
