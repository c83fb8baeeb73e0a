using System;

namespace CrmJourney.Domain.Rules;

/// <summary>
/// Whole-day arithmetic for rules: a day is a UTC calendar date, so the time of day never changes
/// whether a rule fires (a sweep at 06:00 and one at 23:00 on the same date see the same day counts).
/// </summary>
internal static class Days
{
    /// <summary>Calendar days from the date of <paramref name="from"/> to the date of <paramref name="to"/> (negative when from is later).</summary>
    public static int Between(DateTime from, DateTime to) => (int)(to.Date - from.Date).TotalDays;

    /// <summary>Whole days of silence from <paramref name="from"/> to <paramref name="asOf"/>; a date after the as-of date (a preview of the past) counts as 0.</summary>
    public static int Since(DateTime from, DateTime asOf) => Math.Max(0, Between(from, asOf));
}
