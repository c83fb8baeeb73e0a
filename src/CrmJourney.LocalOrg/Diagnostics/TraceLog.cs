using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.LocalOrg.Diagnostics;

/// <summary>
/// The traces of every plug-in execution, oldest first (including executions that failed, whose trace
/// also travels in the fault's TraceText). Thread-safe; <see cref="Clear"/> starts afresh.
/// </summary>
public sealed class TraceLog : IReadOnlyList<TraceRecord>
{
    private readonly object _gate = new();
    private readonly List<TraceRecord> _records = new();

    /// <inheritdoc />
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _records.Count;
            }
        }
    }

    /// <inheritdoc />
    public TraceRecord this[int index]
    {
        get
        {
            lock (_gate)
            {
                return _records[index];
            }
        }
    }

    /// <summary>Forgets every recorded trace.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _records.Clear();
        }
    }

    /// <inheritdoc />
    public IEnumerator<TraceRecord> GetEnumerator()
    {
        lock (_gate)
        {
            return _records.ToArray().AsEnumerable().GetEnumerator();
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Add(TraceRecord record)
    {
        lock (_gate)
        {
            _records.Add(record);
        }
    }
}
