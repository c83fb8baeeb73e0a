using System;
using CrmJourney.Plugins.Sweep;

namespace CrmJourney.Cli.Bench;

/// <summary>
/// The sweep's stopwatch when the bench runs without the Dataverse cost model: no time passes, so the sweep plans
/// full pages and never pauses. Sizing pages from this machine's wall time would make the request count depend on
/// how busy the machine is; without a model the bench measures what one unconstrained sweep costs in requests.
/// </summary>
public sealed class UnmeteredSweepStopwatch : ISweepStopwatch
{
    /// <inheritdoc />
    public TimeSpan Elapsed => TimeSpan.Zero;

    /// <inheritdoc />
    public void Restart()
    {
    }
}
