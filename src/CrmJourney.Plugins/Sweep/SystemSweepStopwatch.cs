using System;
using System.Diagnostics;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// The real stopwatch: elapsed time from <see cref="Stopwatch"/>, which is monotonic, so a clock
/// change during a sweep cannot stretch or shrink its budget. One instance per sweep run.
/// </summary>
public sealed class SystemSweepStopwatch : ISweepStopwatch
{
    private readonly Stopwatch _stopwatch = new();

    /// <inheritdoc />
    public TimeSpan Elapsed => _stopwatch.Elapsed;

    /// <inheritdoc />
    public void Restart() => _stopwatch.Restart();
}
