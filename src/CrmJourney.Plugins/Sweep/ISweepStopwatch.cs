using System;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// How the sweep measures the time it has used against its budget. Injected (never a static, never
/// the machine clock) so tests can make the budget run out after a chosen page, deterministically.
/// </summary>
public interface ISweepStopwatch
{
    /// <summary>Starts measuring from zero; the sweep calls it once when a run begins.</summary>
    void Restart();

    /// <summary>The time since <see cref="Restart"/>.</summary>
    TimeSpan Elapsed { get; }
}
