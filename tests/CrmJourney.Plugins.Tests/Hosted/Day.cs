using System;

namespace CrmJourney.Plugins.Tests.Hosted;

/// <summary>Readable UTC instants for arrange and assert.</summary>
public static class Day
{
    public static DateTime Of(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    /// <summary>Midnight UTC: what a date-only column (cjp_startedon, cjp_endedon, cjp_revisiton) stores.</summary>
    public static DateTime Date(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);
}
