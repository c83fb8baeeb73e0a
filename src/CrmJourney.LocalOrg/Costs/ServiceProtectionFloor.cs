using System;

namespace CrmJourney.LocalOrg.Costs;

/// <summary>
/// How long the service protection limits alone would hold a piece of work back: the least wall time
/// each limit allows, however parallel the client, and the longest of them.
/// </summary>
/// <param name="ByRequests">From the request limit: one window for each full limit's worth of requests after the first.</param>
/// <param name="ByExecutionTime">From the execution-time limit: likewise for each full limit's worth of execution time.</param>
/// <param name="ByConcurrency">From the concurrency limit: the execution time spread over every allowed concurrent request.</param>
public sealed record ServiceProtectionFloor(TimeSpan ByRequests, TimeSpan ByExecutionTime, TimeSpan ByConcurrency)
{
    /// <summary>The binding floor: the longest of the three.</summary>
    public TimeSpan Longest => ByRequests >= ByExecutionTime
        ? (ByRequests >= ByConcurrency ? ByRequests : ByConcurrency)
        : (ByExecutionTime >= ByConcurrency ? ByExecutionTime : ByConcurrency);

    /// <summary>Which limit binds: "requests", "execution time", "concurrency", or "none" when all floors are zero.</summary>
    public string BindingLimit => Longest == TimeSpan.Zero ? "none"
        : Longest == ByRequests ? "requests"
        : Longest == ByExecutionTime ? "execution time"
        : "concurrency";
}
