using System;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Tests.Time;
using CrmJourney.Domain.Time;

namespace CrmJourney.Domain.Tests.Journey;

public class JourneyStateTests
{
    private static readonly Guid _account = new("aaaaaaaa-0000-0000-0000-000000000003");

    [Fact]
    public void Time_in_stage_is_whole_days_since_the_stage_was_entered()
    {
        var state = new JourneyState(_account, JourneyStage.BetweenEngagements, Day.On(2026, 7, 3, hour: 15));

        // 3 Jul → 3 Nov is 31 + 31 + 30 + 31 = 123 days; 3 Nov → 23 Nov is 20 more: 143.
        Assert.Equal(143, state.DaysInStage(new FixedClock(Day.On(2026, 11, 23, hour: 9))));
    }

    [Fact]
    public void Time_in_stage_is_zero_when_the_entered_date_is_in_the_future()
    {
        var state = new JourneyState(_account, JourneyStage.Prospect, Day.On(2026, 12, 1));

        Assert.Equal(0, state.DaysInStage(new FixedClock(Day.On(2026, 11, 1))));
    }

    [Fact]
    public void A_state_without_an_account_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new JourneyState(Guid.Empty, JourneyStage.Prospect, Day.On(2026, 1, 1)));
    }
}
