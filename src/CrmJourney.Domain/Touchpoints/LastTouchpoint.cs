using System;
using CrmJourney.Domain.Time;

namespace CrmJourney.Domain.Touchpoints;

/// <summary>
/// An account's last touchpoint (cjp_lasttouchpointon, cjp_lasttouchpointchannel). It only moves
/// forward: an activity completed earlier than the current last touchpoint (a back-dated call
/// logged late) never moves it back. On an exactly equal instant the first one recorded is kept,
/// so replaying the same activities or retrying a plugin never flips the channel.
/// </summary>
public sealed record LastTouchpoint
{
    /// <summary>Creates the last touchpoint.</summary>
    public LastTouchpoint(DateTime occurredOn, TouchpointChannel channel)
    {
        OccurredOn = occurredOn;
        Channel = channel;
    }

    /// <summary>When the last touchpoint happened.</summary>
    public DateTime OccurredOn { get; }

    /// <summary>Its channel.</summary>
    public TouchpointChannel Channel { get; }

    /// <summary>
    /// The last touchpoint after <paramref name="touchpoint"/>: it when <paramref name="current"/> is
    /// null or strictly older, otherwise <paramref name="current"/> unchanged.
    /// </summary>
    public static LastTouchpoint Advance(LastTouchpoint? current, Touchpoint touchpoint)
    {
        if (touchpoint is null)
        {
            throw new ArgumentNullException(nameof(touchpoint));
        }

        return current is null || touchpoint.OccurredOn > current.OccurredOn
            ? new LastTouchpoint(touchpoint.OccurredOn, touchpoint.Channel)
            : current;
    }

    /// <summary>Whole calendar days from the last touchpoint to the clock's now; never negative.</summary>
    public int DaysSince(IClock clock)
    {
        if (clock is null)
        {
            throw new ArgumentNullException(nameof(clock));
        }

        return WholeDays.Between(OccurredOn, clock.UtcNow);
    }
}
