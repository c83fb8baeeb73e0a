using System;
using CrmJourney.Domain.Time;

namespace CrmJourney.Cli.Replay;

/// <summary>
/// The clock of a replayed history: it says what the replayer last set, so every row the plugins
/// write carries the simulated instant. It only moves forward. One replay owns it; not shared.
/// </summary>
public sealed class SimulatedClock : IClock
{
    /// <summary>A clock standing at <paramref name="start"/>.</summary>
    public SimulatedClock(DateTime start)
    {
        UtcNow = DateTime.SpecifyKind(start, DateTimeKind.Utc);
    }

    /// <inheritdoc />
    public DateTime UtcNow { get; private set; }

    /// <summary>Moves the clock to <paramref name="instant"/>; an earlier instant leaves it where it is.</summary>
    public void AdvanceTo(DateTime instant)
    {
        var utc = DateTime.SpecifyKind(instant, DateTimeKind.Utc);
        if (utc > UtcNow)
        {
            UtcNow = utc;
        }
    }
}
