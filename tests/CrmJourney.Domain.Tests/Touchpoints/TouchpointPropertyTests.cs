using System;
using System.Linq;
using CrmJourney.Domain.Tests.Time;
using CrmJourney.Domain.Touchpoints;
using CsCheck;

namespace CrmJourney.Domain.Tests.Touchpoints;

public class TouchpointPropertyTests
{
    private static readonly Guid _account = new("acc00000-0000-0000-0000-0000000000fe");

    private static readonly Gen<Touchpoint[]> _activities =
        Gen.Select(Gen.Int[0, 60], Gen.Int[0, 5])
            .Select((day, channel) => new Touchpoint(_account, Day.On(2026, 1, 1).AddDays(day), (TouchpointChannel)channel))
            .Array[1, 30];

    [Fact]
    public void For_any_sequence_of_activities_the_last_touchpoint_never_moves_back()
    {
        _activities.Sample(touchpoints =>
        {
            LastTouchpoint? last = null;
            foreach (var touchpoint in touchpoints)
            {
                var next = LastTouchpoint.Advance(last, touchpoint);
                Assert.True(last is null || next.OccurredOn >= last.OccurredOn);
                last = next;
            }

            // It ends on the latest date, with the channel of the first activity seen on that date.
            var latest = touchpoints.Max(t => t.OccurredOn);
            Assert.Equal(latest, last!.OccurredOn);
            Assert.Equal(touchpoints.First(t => t.OccurredOn == latest).Channel, last.Channel);
        });
    }

    [Fact]
    public void For_any_sequence_the_tally_total_is_the_number_of_touchpoints_and_the_channels_add_up_to_it()
    {
        _activities.Sample(touchpoints =>
        {
            var tally = TouchpointTally.Of(touchpoints);

            Assert.Equal(touchpoints.Length, tally.Total);
            Assert.Equal(touchpoints.Length, tally.ByChannel.Sum(c => c.Value));
            Assert.Equal(touchpoints.Count(t => t.Channel == TouchpointChannel.Email), tally.CountFor(TouchpointChannel.Email));
        });
    }
}
