using System;
using CrmJourney.Plugins.Sweep;

namespace CrmJourney.Plugins.Tests.Sweep;

/// <summary>A stopwatch that advances a fixed step every time it is read: each page "takes" one step.</summary>
public sealed class StepStopwatch(TimeSpan step) : ISweepStopwatch
{
    private TimeSpan _elapsed;

    public int Reads { get; private set; }

    public TimeSpan Elapsed
    {
        get
        {
            Reads++;
            _elapsed += step;
            return _elapsed;
        }
    }

    public void Restart() => _elapsed = TimeSpan.Zero;
}
