using System;
using System.Threading;

namespace CrmJourney.Cli.Bench;

/// <summary>
/// Measures the peak of the managed heap while a run is going: a background timer reads
/// <see cref="GC.GetTotalMemory(bool)"/> (without forcing a collection) every few milliseconds and keeps the
/// highest value; <see cref="Stop"/> reads it once more. Managed heap rather than working set because
/// the process's peak working set cannot be reset between the two runs of one bench.
/// </summary>
public sealed class PeakMemorySampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    private PeakMemorySampler(TimeSpan interval)
    {
        _peak = GC.GetTotalMemory(false);
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, interval);
    }

    /// <summary>The highest heap size seen so far, in bytes.</summary>
    public long PeakBytes => Interlocked.Read(ref _peak);

    /// <summary>Starts sampling every <paramref name="intervalMilliseconds"/> ms.</summary>
    public static PeakMemorySampler Start(int intervalMilliseconds = 5) => new(TimeSpan.FromMilliseconds(intervalMilliseconds));

    /// <summary>Stops sampling and returns the peak in bytes.</summary>
    public long Stop()
    {
        _timer.Dispose();
        Sample();
        return PeakBytes;
    }

    /// <inheritdoc />
    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var now = GC.GetTotalMemory(false);
        long seen;
        do
        {
            seen = Interlocked.Read(ref _peak);
        }
        while (now > seen && Interlocked.CompareExchange(ref _peak, now, seen) != seen);
    }
}
