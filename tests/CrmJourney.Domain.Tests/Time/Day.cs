using System;

namespace CrmJourney.Domain.Tests.Time;

/// <summary>Short UTC dates for tests.</summary>
internal static class Day
{
    public static DateTime On(int year, int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);
}
