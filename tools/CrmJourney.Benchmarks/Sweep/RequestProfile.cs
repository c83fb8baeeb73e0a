using System;

namespace CrmJourney.Benchmarks.Sweep;

/// <summary>The running totals of one request kind in a <see cref="ProfilingOrganizationService"/>.</summary>
public sealed class RequestProfile
{
    /// <summary>An empty profile of <paramref name="kind"/>.</summary>
    public RequestProfile(string kind) => Kind = kind;

    /// <summary>The message and table, e.g. "RetrieveMultiple account".</summary>
    public string Kind { get; }

    /// <summary>How many requests of this kind.</summary>
    public int Count { get; private set; }

    /// <summary>Their wall time together.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>The bytes they allocated together (nested plugin work included).</summary>
    public long AllocatedBytes { get; private set; }

    /// <summary>The largest managed heap seen just after one of them (garbage not yet collected included).</summary>
    public long PeakHeapAfterBytes { get; private set; }

    /// <summary>Adds one request's figures.</summary>
    public void Add(TimeSpan elapsed, long allocatedBytes, long heapAfterBytes)
    {
        Count++;
        Elapsed += elapsed;
        AllocatedBytes += allocatedBytes;
        PeakHeapAfterBytes = Math.Max(PeakHeapAfterBytes, heapAfterBytes);
    }
}
