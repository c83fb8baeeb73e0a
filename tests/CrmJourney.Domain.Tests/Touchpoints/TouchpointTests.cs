using System;
using CrmJourney.Domain.Tests.Time;
using CrmJourney.Domain.Time;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Domain.Tests.Touchpoints;

public class TouchpointTests
{
    private static readonly Guid _account = new("acc00000-0000-0000-0000-000000000002");

    [Theory]
    [InlineData(ActivityState.Open, false)]
    [InlineData(ActivityState.Completed, true)]
    [InlineData(ActivityState.Cancelled, false)]
    public void Only_a_completed_activity_is_a_touchpoint(ActivityState state, bool counts)
    {
        var call = new ClientActivity(Guid.NewGuid(), _account, TouchpointChannel.PhoneCall, state, Day.On(2026, 3, 2));

        Assert.Equal(counts, call.AsTouchpoint() is not null);
    }

    [Fact]
    public void An_open_nurture_task_is_not_a_touchpoint_until_someone_completes_it()
    {
        var open = new ClientActivity(Guid.NewGuid(), _account, TouchpointChannel.Task, ActivityState.Open, isNurtureTask: true);
        var done = new ClientActivity(open.Id, _account, TouchpointChannel.Task, ActivityState.Completed, Day.On(2026, 4, 1), isNurtureTask: true);

        Assert.Null(open.AsTouchpoint());
        Assert.Equal(new Touchpoint(_account, Day.On(2026, 4, 1), TouchpointChannel.Task), done.AsTouchpoint());
    }

    [Fact]
    public void A_completed_activity_about_no_account_is_not_a_touchpoint()
    {
        var email = new ClientActivity(Guid.NewGuid(), null, TouchpointChannel.Email, ActivityState.Completed, Day.On(2026, 3, 2));

        Assert.Null(email.AsTouchpoint());
    }

    [Fact]
    public void A_later_touchpoint_moves_the_last_touchpoint_forward()
    {
        var last = new LastTouchpoint(Day.On(2026, 3, 1), TouchpointChannel.Email);

        var moved = LastTouchpoint.Advance(last, new Touchpoint(_account, Day.On(2026, 3, 5), TouchpointChannel.Meeting));

        Assert.Equal(new LastTouchpoint(Day.On(2026, 3, 5), TouchpointChannel.Meeting), moved);
    }

    [Fact]
    public void An_older_touchpoint_logged_late_never_moves_the_last_touchpoint_back()
    {
        var last = new LastTouchpoint(Day.On(2026, 3, 5), TouchpointChannel.Meeting);

        var after = LastTouchpoint.Advance(last, new Touchpoint(_account, Day.On(2026, 2, 1), TouchpointChannel.PhoneCall));

        Assert.Equal(new LastTouchpoint(Day.On(2026, 3, 5), TouchpointChannel.Meeting), after);
    }

    [Fact]
    public void A_touchpoint_at_the_same_instant_keeps_the_first_channel_recorded()
    {
        var last = new LastTouchpoint(Day.On(2026, 3, 5, hour: 10), TouchpointChannel.Meeting);

        var after = LastTouchpoint.Advance(last, new Touchpoint(_account, Day.On(2026, 3, 5, hour: 10), TouchpointChannel.Email));

        Assert.Equal(TouchpointChannel.Meeting, after.Channel);
    }

    [Fact]
    public void The_first_touchpoint_becomes_the_last_touchpoint()
    {
        var first = LastTouchpoint.Advance(null, new Touchpoint(_account, Day.On(2026, 1, 2), TouchpointChannel.Letter));

        Assert.Equal(new LastTouchpoint(Day.On(2026, 1, 2), TouchpointChannel.Letter), first);
    }

    [Fact]
    public void Days_since_the_last_touchpoint_are_counted_on_the_clock()
    {
        var last = new LastTouchpoint(Day.On(2026, 7, 3), TouchpointChannel.Meeting);

        // 3 Jul → 3 Nov: 31 + 31 + 30 + 31 = 123; → 23 Nov: 20 more = 143 ("No touchpoint for 143 days").
        Assert.Equal(143, last.DaysSince(new FixedClock(Day.On(2026, 11, 23))));
    }

    [Fact]
    public void Channels_are_tallied_one_by_one_with_unseen_channels_at_zero()
    {
        var tally = TouchpointTally.Of(new[]
        {
            new Touchpoint(_account, Day.On(2026, 1, 1), TouchpointChannel.Email),
            new Touchpoint(_account, Day.On(2026, 1, 2), TouchpointChannel.Email),
            new Touchpoint(_account, Day.On(2026, 1, 3), TouchpointChannel.Meeting),
        });

        Assert.Equal(3, tally.Total);
        Assert.Equal(2, tally.CountFor(TouchpointChannel.Email));
        Assert.Equal(1, tally.CountFor(TouchpointChannel.Meeting));
        Assert.Equal(0, tally.CountFor(TouchpointChannel.Letter));
    }

    [Fact]
    public void Adding_to_a_tally_leaves_the_original_unchanged()
    {
        var before = TouchpointTally.Empty.Add(TouchpointChannel.PhoneCall);

        var after = before.Add(TouchpointChannel.PhoneCall);

        Assert.Equal(1, before.CountFor(TouchpointChannel.PhoneCall));
        Assert.Equal(2, after.CountFor(TouchpointChannel.PhoneCall));
    }
}
