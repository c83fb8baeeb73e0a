using System;
using CrmJourney.Plugins.Sweep;

namespace CrmJourney.Hosting;

/// <summary>
/// The sweep's stopwatch in LocalOrg without the Dataverse cost model: no time passes, so the sweep plans full
/// pages and never pauses. This machine's wall time says nothing about Dataverse's two-minute limit, and sizing
/// pages from it made the request count depend on how busy the machine was (a loaded CI machine JIT-compiling the
/// first requests planned smaller pages). The cost model's <see cref="ModeledSweepStopwatch"/> is the way to see
/// the budget at work.
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
