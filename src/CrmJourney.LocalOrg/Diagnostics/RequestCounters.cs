using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace CrmJourney.LocalOrg.Diagnostics;

/// <summary>
/// Counts every request that reaches the organization, per message and per table, including nested
/// calls made by plug-ins and the requests inside ExecuteMultiple/ExecuteTransaction, so a test can
/// assert what an event costs ("this touchpoint costs at most 2 requests"). Also counts how queries
/// found their rows: through an index or by scanning the table.
/// </summary>
public sealed class RequestCounters
{
    private readonly object _gate = new();
    private readonly Dictionary<(string Message, string Table), int> _counts = new();
    private long _indexHits;
    private long _scans;
    private long _seeks;
    private long _systemJobsQueued;

    /// <summary>Every counted request since the last reset.</summary>
    public int Total
    {
        get
        {
            lock (_gate)
            {
                return _counts.Values.Sum();
            }
        }
    }

    /// <summary>Queries (and link lookups) that read candidate rows from an index.</summary>
    public long IndexHits => Interlocked.Read(ref _indexHits);

    /// <summary>Queries (and link lookups) that had to read every row of a table.</summary>
    public long Scans => Interlocked.Read(ref _scans);

    /// <summary>
    /// Asynchronous step executions queued (each a system job, an asyncoperation row and queue time in Dataverse),
    /// whether or not they have run, and whether or not a succeeded job deletes its row.
    /// </summary>
    public long SystemJobsQueued => Interlocked.Read(ref _systemJobsQueued);

    /// <summary>Later pages read by seeking past the paging cookie's last id instead of evaluating the whole query.</summary>
    internal long Seeks => Interlocked.Read(ref _seeks);

    /// <summary>Requests of this message on any table.</summary>
    public int For(string message)
    {
        lock (_gate)
        {
            return _counts.Where(pair => string.Equals(pair.Key.Message, message, StringComparison.OrdinalIgnoreCase)).Sum(pair => pair.Value);
        }
    }

    /// <summary>Requests of this message on this table.</summary>
    public int For(string message, string table)
    {
        lock (_gate)
        {
            return _counts.Where(pair => string.Equals(pair.Key.Message, message, StringComparison.OrdinalIgnoreCase)
                && string.Equals(pair.Key.Table, table, StringComparison.Ordinal)).Sum(pair => pair.Value);
        }
    }

    /// <summary>Forgets everything counted so far, so a test counts only what it is about to do.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _counts.Clear();
        }

        Interlocked.Exchange(ref _indexHits, 0);
        Interlocked.Exchange(ref _scans, 0);
        Interlocked.Exchange(ref _seeks, 0);
        Interlocked.Exchange(ref _systemJobsQueued, 0);
    }

    internal void Record(string message, string? table)
    {
        lock (_gate)
        {
            var key = (message, table ?? string.Empty);
            _counts[key] = _counts.TryGetValue(key, out var count) ? count + 1 : 1;
        }
    }

    internal void RecordSystemJobsQueued(int count) => Interlocked.Add(ref _systemJobsQueued, count);

    internal void RecordIndexHit() => Interlocked.Increment(ref _indexHits);

    internal void RecordScan() => Interlocked.Increment(ref _scans);

    internal void RecordSeek() => Interlocked.Increment(ref _seeks);

    /// <summary>A query answered from the result cache still counts as the plan it was computed with.</summary>
    internal void RecordCacheHit(bool usedIndex)
    {
        if (usedIndex)
        {
            RecordIndexHit();
        }
        else
        {
            RecordScan();
        }
    }
}
