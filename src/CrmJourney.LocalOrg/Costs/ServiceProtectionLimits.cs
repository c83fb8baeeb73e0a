using System;

namespace CrmJourney.LocalOrg.Costs;

/// <summary>
/// Dataverse's service protection limits, per user and per web server, over a sliding window: requests,
/// combined execution time and concurrent requests. Defaults from "Service protection API limits"
/// (https://learn.microsoft.com/power-apps/developer/data-platform/api-limits): 6,000 requests and
/// 20 minutes (1,200 s) of execution time within 5 minutes (300 s), and 52 concurrent requests. Only requests
/// from outside count as requests; plug-ins' requests add their time to the request that triggered them.
/// </summary>
public sealed record ServiceProtectionLimits
{
    private readonly int _requests = 6000;
    private readonly TimeSpan _executionTime = TimeSpan.FromMinutes(20);
    private readonly int _concurrentRequests = 52;
    private readonly TimeSpan _window = TimeSpan.FromMinutes(5);

    /// <summary>Microsoft's published defaults.</summary>
    public static ServiceProtectionLimits Default { get; } = new();

    /// <summary>Requests a user may send within <see cref="Window"/> (6,000).</summary>
    public int Requests { get => _requests; init => _requests = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Requests), value, "The request limit is at least 1, e.g. 6000."); }

    /// <summary>Combined execution time of a user's requests within <see cref="Window"/> (20 minutes).</summary>
    public TimeSpan ExecutionTime { get => _executionTime; init => _executionTime = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(ExecutionTime), value, "The execution-time limit must be positive, e.g. 20 minutes."); }

    /// <summary>Requests a user may have running at once (52).</summary>
    public int ConcurrentRequests { get => _concurrentRequests; init => _concurrentRequests = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(ConcurrentRequests), value, "The concurrency limit is at least 1, e.g. 52."); }

    /// <summary>The sliding window (5 minutes).</summary>
    public TimeSpan Window { get => _window; init => _window = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(Window), value, "The window must be positive, e.g. 5 minutes."); }

    /// <summary>
    /// The least wall time the limits allow for <paramref name="requests"/> requests taking
    /// <paramref name="executionTime"/> in all, however parallel the client: the longest of the three floors.
    /// </summary>
    public ServiceProtectionFloor Floor(int requests, TimeSpan executionTime)
    {
        if (requests < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(requests), requests, "The number of requests is zero or more.");
        }

        // N a window: the first N go at once, each further N one window later, so W × (⌈requests / N⌉ − 1).
        var byRequests = Windows(requests / (double)Requests);
        var byExecution = Windows(executionTime.Ticks / (double)ExecutionTime.Ticks);
        var byConcurrency = TimeSpan.FromTicks(executionTime.Ticks / ConcurrentRequests);
        return new ServiceProtectionFloor(byRequests, byExecution, byConcurrency);
    }

    private TimeSpan Windows(double windowsOfWork) =>
        windowsOfWork <= 1 ? TimeSpan.Zero : TimeSpan.FromTicks(Window.Ticks * ((long)Math.Ceiling(windowsOfWork) - 1));
}
