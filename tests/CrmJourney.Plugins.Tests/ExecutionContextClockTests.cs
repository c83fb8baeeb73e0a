using System;
using CrmJourney.Plugins.Tests.Fakes;

namespace CrmJourney.Plugins.Tests;

public sealed class ExecutionContextClockTests
{
    [Fact]
    public void An_operation_time_without_a_kind_is_read_as_UTC_with_the_same_wall_time()
    {
        var context = new FakePluginExecutionContext { OperationCreatedOn = new DateTime(2026, 11, 23, 9, 15, 0, DateTimeKind.Unspecified) };

        var clock = new ExecutionContextClock(context);

        Assert.Equal(DateTimeKind.Utc, clock.UtcNow.Kind);
        Assert.Equal(new DateTime(2026, 11, 23, 9, 15, 0, DateTimeKind.Utc), clock.UtcNow);
    }

    [Fact]
    public void A_UTC_operation_time_is_read_unchanged()
    {
        var context = new FakePluginExecutionContext { OperationCreatedOn = new DateTime(2026, 1, 31, 23, 59, 59, DateTimeKind.Utc) };

        Assert.Equal(new DateTime(2026, 1, 31, 23, 59, 59, DateTimeKind.Utc), new ExecutionContextClock(context).UtcNow);
    }

    [Fact]
    public void A_missing_context_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new ExecutionContextClock(null!));
    }
}
