using System;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Domain.Tests.Touchpoints;

public sealed class TouchpointRecorderTests
{
    private static readonly Guid _account = Guid.NewGuid();
    private static readonly DateTime _lastOn = new(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_completed_activity_counts_and_moves_the_last_touchpoint_forward()
    {
        var activity = new ClientActivity(Guid.NewGuid(), _account, TouchpointChannel.PhoneCall, ActivityState.Completed, _lastOn.AddDays(2));

        var recording = TouchpointRecorder.Record(new LastTouchpoint(_lastOn, TouchpointChannel.Email), 4, activity);

        Assert.True(recording.IsCounted);
        Assert.Equal(5, recording.Count);
        Assert.Equal(new LastTouchpoint(_lastOn.AddDays(2), TouchpointChannel.PhoneCall), recording.Last);
    }

    [Fact]
    public void A_nurture_task_completed_no_later_than_the_last_touchpoint_is_already_counted()
    {
        var task = new ClientActivity(Guid.NewGuid(), _account, TouchpointChannel.Task, ActivityState.Completed, _lastOn, isNurtureTask: true);

        var recording = TouchpointRecorder.Record(new LastTouchpoint(_lastOn, TouchpointChannel.Email), 4, task);

        Assert.False(recording.IsCounted);
        Assert.Equal(4, recording.Count);
    }

    [Fact]
    public void An_open_activity_is_not_counted()
    {
        var open = new ClientActivity(Guid.NewGuid(), _account, TouchpointChannel.Meeting, ActivityState.Open);

        Assert.False(TouchpointRecorder.Record(null, 0, open).IsCounted);
    }
}
