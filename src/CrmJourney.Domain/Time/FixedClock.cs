using System;

namespace CrmJourney.Domain.Time;

/// <summary>
/// A clock that always reads the same instant: for tests, rule previews "as of" a date, and replays.
/// Immutable, so one instance can be shared across threads.
/// </summary>
public sealed class FixedClock : IClock
{
    /// <summary>Creates a clock fixed at <paramref name="utcNow"/>; a local or unspecified time is refused.</summary>
    public FixedClock(DateTime utcNow)
    {
        if (utcNow.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("A clock reads UTC: pass a DateTime whose Kind is Utc.", nameof(utcNow));
        }

        UtcNow = utcNow;
    }

    /// <inheritdoc />
    public DateTime UtcNow { get; }

    /// <summary>A clock <paramref name="days"/> later than this one (for stepping a replay).</summary>
    public FixedClock AddDays(double days) => new(UtcNow.AddDays(days));
}
