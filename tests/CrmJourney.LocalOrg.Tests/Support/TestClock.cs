using System;

namespace CrmJourney.LocalOrg.Tests.Support;

/// <summary>A clock tests move by hand, so every timestamp LocalOrg writes is known in advance.</summary>
internal sealed class TestClock
{
    public TestClock(DateTime now)
    {
        Now = now;
    }

    public DateTime Now { get; set; }

    public void Advance(TimeSpan by) => Now += by;
}
