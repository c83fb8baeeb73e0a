using System;
using CrmJourney.Domain.Time;

namespace CrmJourney.Plugins.Tests.Hosted;

/// <summary>A clock the test moves by hand; the organization and every plugin read it.</summary>
public sealed class TestClock(DateTime start) : IClock
{
    public DateTime UtcNow { get; private set; } = start;

    public void Set(DateTime utcNow) => UtcNow = utcNow;

    public void AddDays(int days) => UtcNow = UtcNow.AddDays(days);
}
