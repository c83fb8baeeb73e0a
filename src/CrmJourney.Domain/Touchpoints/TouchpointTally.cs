using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.Domain.Touchpoints;

/// <summary>
/// A count of touchpoints per <see cref="TouchpointChannel"/> (cjp_touchpointcount is the total).
/// Immutable: <see cref="Add"/> returns a new tally. _channels never seen count zero.
/// </summary>
public sealed class TouchpointTally
{
    private static readonly TouchpointChannel[] _channels =
        (TouchpointChannel[])Enum.GetValues(typeof(TouchpointChannel));

    private readonly int[] _counts;

    private TouchpointTally(int[] counts)
    {
        _counts = counts;
    }

    /// <summary>A tally with nothing counted.</summary>
    public static TouchpointTally Empty { get; } = new(new int[_channels.Length]);

    /// <summary>All touchpoints counted.</summary>
    public int Total => _counts.Sum();

    /// <summary>The count for each channel, in channel order, including zeros.</summary>
    public IReadOnlyList<KeyValuePair<TouchpointChannel, int>> ByChannel =>
        _channels.Select(c => new KeyValuePair<TouchpointChannel, int>(c, CountFor(c))).ToList().AsReadOnly();

    /// <summary>Tallies <paramref name="touchpoints"/>.</summary>
    public static TouchpointTally Of(IEnumerable<Touchpoint> touchpoints)
    {
        if (touchpoints is null)
        {
            throw new ArgumentNullException(nameof(touchpoints));
        }

        return touchpoints.Aggregate(Empty, (tally, t) => tally.Add(t.Channel));
    }

    /// <summary>How many touchpoints came through <paramref name="channel"/>.</summary>
    public int CountFor(TouchpointChannel channel)
    {
        var index = Array.IndexOf(_channels, channel);
        return index < 0 ? 0 : _counts[index];
    }

    /// <summary>A new tally with one more touchpoint through <paramref name="channel"/>; an undefined channel is refused.</summary>
    public TouchpointTally Add(TouchpointChannel channel)
    {
        var index = Array.IndexOf(_channels, channel);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not a touchpoint channel.");
        }

        var counts = (int[])_counts.Clone();
        counts[index]++;
        return new TouchpointTally(counts);
    }
}
