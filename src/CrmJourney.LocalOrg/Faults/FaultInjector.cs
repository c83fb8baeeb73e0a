using System;
using System.Collections.Generic;
using System.Globalization;

namespace CrmJourney.LocalOrg.Faults;

/// <summary>
/// Makes the organization fail the way a busy Dataverse does, so client code (the CLI, the sweep's
/// batch writer) can be tested against throttling and transient errors: service protection faults with
/// Dataverse's codes and a Retry-After TimeSpan in ErrorDetails["Retry-After"], and transient failures
/// at a chosen rate from a fixed seed (so a failing run replays exactly). Only requests from outside
/// the organization are affected; plug-ins' nested calls never are.
/// </summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly Queue<DateTime> _accepted = new();
    private ThrottleRule? _throttle;
    private TransientRule? _transient;

    /// <summary>
    /// Refuses requests once <paramref name="requests"/> were accepted within <paramref name="window"/>
    /// (measured on the organization's clock) until the oldest leaves the window; the fault's Retry-After
    /// says when.
    /// </summary>
    public void Throttle(int requests, TimeSpan window, ThrottlingLimit limit = ThrottlingLimit.NumberOfRequests)
    {
        lock (_gate)
        {
            _throttle = new ThrottleRule(requests, window, limit);
            _accepted.Clear();
        }
    }

    /// <summary>
    /// Fails this share of requests (0..1) before they run, choosing them with a random generator seeded
    /// with <paramref name="seed"/>; the fault carries <paramref name="errorCode"/> (generic unexpected
    /// error by default, or <see cref="ErrorCodes.SqlTimeout"/>).
    /// </summary>
    public void FailTransiently(double rate, int seed, int errorCode = ErrorCodes.Unexpected)
    {
        if (rate < 0 || rate > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "The failure rate is a share between 0 and 1.");
        }

        lock (_gate)
        {
            _transient = new TransientRule(rate, new Random(seed), errorCode);
        }
    }

    /// <summary>Stops injecting faults.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _throttle = null;
            _transient = null;
            _accepted.Clear();
        }
    }

    internal void BeforeRequest(DateTime now)
    {
        lock (_gate)
        {
            if (_throttle is { } throttle)
            {
                while (_accepted.Count > 0 && now - _accepted.Peek() >= throttle.Window)
                {
                    _accepted.Dequeue();
                }

                if (_accepted.Count >= throttle.Requests)
                {
                    var retryAfter = _accepted.Count == 0 ? throttle.Window : throttle.Window - (now - _accepted.Peek());
                    throw Throttled(throttle, retryAfter);
                }

                _accepted.Enqueue(now);
            }

            if (_transient is { } transient && transient.Random.NextDouble() < transient.Rate)
            {
                var message = transient.ErrorCode == ErrorCodes.SqlTimeout
                    ? "Sql error: 'Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.'"
                    : "An unexpected error occurred.";
                throw OrganizationFaults.Create(transient.ErrorCode, message);
            }
        }
    }

    private static Exception Throttled(ThrottleRule rule, TimeSpan retryAfter)
    {
        var seconds = rule.Window.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        var (code, message) = rule.Limit switch
        {
            ThrottlingLimit.ExecutionTime => (ErrorCodes.ThrottlingExecutionTime, $"Combined execution time of incoming requests exceeded limit of 1,200,000 milliseconds over time window of {seconds} seconds. Decrease number of concurrent requests or reduce the duration of requests and try again later."),
            ThrottlingLimit.ConcurrentRequests => (ErrorCodes.ThrottlingConcurrency, $"Number of concurrent requests exceeded the limit of {rule.Requests}."),
            _ => (ErrorCodes.ThrottlingRequestCount, $"Number of requests exceeded the limit of {rule.Requests} over time window of {seconds} seconds."),
        };
        var fault = OrganizationFaults.Create(code, message);
        fault.Detail.ErrorDetails["Retry-After"] = retryAfter;
        return fault;
    }

    private sealed record ThrottleRule(int Requests, TimeSpan Window, ThrottlingLimit Limit);

    private sealed record TransientRule(double Rate, Random Random, int ErrorCode);
}
