using System;
using System.Collections.Generic;

namespace CrmJourney.LocalOrg.Costs;

/// <summary>
/// Modeled time, per user: what the work each user's requests caused would take in Dataverse under a
/// <see cref="DataverseCostModel"/>, never wall time. Requests from outside run one after another, as a
/// single-threaded client sends them; a request's time includes every nested plug-in request and step it
/// triggers (charged to the user who sent it, as Dataverse adds plug-in time to the triggering request).
/// Before each outside request the clock applies the request and execution-time limits over the sliding
/// window: when the user is over either, the clock waits (in model time) until the window lets the request
/// through, and counts the wait. Thread-safe.
/// </summary>
public sealed class ModeledClock
{
    private readonly object _gate = new();
    private readonly Dictionary<Guid, UserMeter> _users = new();
    private readonly ServiceProtectionLimits _limits;

    internal ModeledClock(ServiceProtectionLimits limits)
    {
        _limits = limits;
    }

    /// <summary>The user's modeled time so far: execution plus throttling waits.</summary>
    public TimeSpan Now(Guid userId)
    {
        lock (_gate)
        {
            return _users.TryGetValue(userId, out var meter) ? meter.Now : TimeSpan.Zero;
        }
    }

    /// <summary>The user's figures so far.</summary>
    public ModeledUserTime For(Guid userId)
    {
        lock (_gate)
        {
            return _users.TryGetValue(userId, out var meter)
                ? new ModeledUserTime(meter.Now, meter.ExecutionTime, meter.Requests, meter.ThrottleWait)
                : new ModeledUserTime(TimeSpan.Zero, TimeSpan.Zero, 0, TimeSpan.Zero);
        }
    }

    /// <summary>Forgets every user's time, so a measurement starts from zero.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _users.Clear();
        }
    }

    /// <summary>Adds modeled time to the user's current request.</summary>
    internal void Charge(Guid userId, TimeSpan time)
    {
        lock (_gate)
        {
            var meter = Meter(userId);
            meter.Now += time;
            meter.ExecutionTime += time;
        }
    }

    /// <summary>An outside request begins: wait out the limits if the user is over them, then count it.</summary>
    internal void BeginRequest(Guid userId)
    {
        lock (_gate)
        {
            var meter = Meter(userId);
            while (true)
            {
                meter.Forget(meter.Now - _limits.Window);
                var overRequests = meter.Recent.Count >= _limits.Requests;
                var overTime = meter.RecentExecution >= _limits.ExecutionTime;
                if (!overRequests && !overTime)
                {
                    break;
                }

                // The oldest request in the window leaving it is the earliest moment anything changes.
                var wait = meter.Recent.Peek().Start + _limits.Window - meter.Now;
                meter.Now += wait;
                meter.ThrottleWait += wait;
            }

            meter.Requests++;
            meter.Current = new RecentRequest(meter.Now);
            meter.Recent.Enqueue(meter.Current);
        }
    }

    /// <summary>The outside request ended: its execution time counts toward the window.</summary>
    internal void EndRequest(Guid userId)
    {
        lock (_gate)
        {
            var meter = Meter(userId);
            if (meter.Current is { } current)
            {
                current.Duration = meter.Now - current.Start;
                meter.RecentExecution += current.Duration;
                meter.Current = null;
            }
        }
    }

    private UserMeter Meter(Guid userId)
    {
        if (!_users.TryGetValue(userId, out var meter))
        {
            meter = new UserMeter();
            _users[userId] = meter;
        }

        return meter;
    }

    private sealed class RecentRequest(TimeSpan start)
    {
        public TimeSpan Start { get; } = start;

        public TimeSpan Duration { get; set; }
    }

    private sealed class UserMeter
    {
        public TimeSpan Now { get; set; }

        public TimeSpan ExecutionTime { get; set; }

        public TimeSpan ThrottleWait { get; set; }

        public int Requests { get; set; }

        public RecentRequest? Current { get; set; }

        public Queue<RecentRequest> Recent { get; } = new();

        public TimeSpan RecentExecution { get; set; }

        /// <summary>Drops the requests that started at or before <paramref name="windowStart"/>.</summary>
        public void Forget(TimeSpan windowStart)
        {
            while (Recent.Count > 0 && Recent.Peek().Start <= windowStart)
            {
                RecentExecution -= Recent.Dequeue().Duration;
            }
        }
    }
}
