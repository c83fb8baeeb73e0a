using System;

namespace CrmJourney.Cli.Bench;

/// <summary>
/// One side of a bench (the product sweep or the baseline): the requests it sent, how long it ran (wall
/// time and process CPU time), the managed heap before it started and at its peak, and the tasks it fired.
/// </summary>
/// <param name="Requests">Every request the organization counted during the run (nested plug-in requests included).</param>
/// <param name="Wall">Wall-clock time of the run.</param>
/// <param name="Cpu">Process CPU time during the run (all threads; the machine may be shared, CPU time moves less with load).</param>
/// <param name="HeapBeforeBytes">Managed heap after loading the data, before the run (after a full collection).</param>
/// <param name="PeakHeapBytes">The managed heap's peak during the run (sampled every 5 ms; garbage not yet collected included).</param>
/// <param name="HeapAfterBytes">The managed heap after the run, after a full collection: the data plus what the run wrote and kept.</param>
/// <param name="Tasks">The nurture tasks in the organization after the run, sorted.</param>
public sealed record BenchRunFigures(int Requests, TimeSpan Wall, TimeSpan Cpu, long HeapBeforeBytes, long PeakHeapBytes, long HeapAfterBytes, System.Collections.Generic.IReadOnlyList<FiredTask> Tasks)
{
    /// <summary>Asynchronous step executions (system jobs, asyncoperation rows in Dataverse) the run queued.</summary>
    public long SystemJobsQueued { get; init; }

    /// <summary>The run in modeled Dataverse time; null without <c>--dataverse-model</c>.</summary>
    public ModeledRunFigures? Modeled { get; init; }

    /// <summary>What the run itself added to the heap at its peak (peak − before; the data already loaded is excluded).</summary>
    public long RunHeapBytes => Math.Max(0, PeakHeapBytes - HeapBeforeBytes);
}
