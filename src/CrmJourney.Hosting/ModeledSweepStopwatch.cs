using System;
using CrmJourney.LocalOrg.Costs;
using CrmJourney.Plugins.Sweep;

namespace CrmJourney.Hosting;

/// <summary>
/// The sweep's stopwatch on modeled Dataverse time: the time <paramref name="clock"/> has charged to
/// <paramref name="userId"/> (the user whose request runs the sweep) since <see cref="Restart"/>. With it the
/// sweep's time budget is spent as it would be in Dataverse, not in LocalOrg's microseconds.
/// </summary>
public sealed class ModeledSweepStopwatch(ModeledClock clock, Guid userId) : ISweepStopwatch
{
    private readonly ModeledClock _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    private TimeSpan _start = clock.Now(userId);

    /// <inheritdoc />
    public TimeSpan Elapsed => _clock.Now(userId) - _start;

    /// <inheritdoc />
    public void Restart() => _start = _clock.Now(userId);
}
