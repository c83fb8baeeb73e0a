using System;
using System.Collections.Generic;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Referrals;
using CrmJourney.Domain.Tests.Time;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Domain.Tests.Architecture;

/// <summary>
/// The equality contract, checked once for the domain's value types: two values built from the same
/// inputs are equal with the same hash code (so they dedupe in sets and dictionary keys), and a value
/// differing in one input is not equal.
/// </summary>
public class ValueEqualityContractTests
{
    private static readonly Guid _account = new("acc00000-0000-0000-0000-0000000000ee");
    private static readonly Guid _lead = new("1ead0000-0000-0000-0000-0000000000ee");

    public static TheoryData<object, object, object> Values => new()
    {
        {
            new StageTransition(_account, JourneyStage.Prospect, JourneyStage.ActiveClient, Day.On(2026, 1, 1), TransitionTrigger.EngagementStarted, 3),
            new StageTransition(_account, JourneyStage.Prospect, JourneyStage.ActiveClient, Day.On(2026, 1, 1), TransitionTrigger.EngagementStarted, 3),
            new StageTransition(_account, JourneyStage.Prospect, JourneyStage.ActiveClient, Day.On(2026, 1, 1), TransitionTrigger.Imported, 3)
        },
        {
            new JourneyState(_account, JourneyStage.FormerClient, Day.On(2026, 1, 1)),
            new JourneyState(_account, JourneyStage.FormerClient, Day.On(2026, 1, 1)),
            new JourneyState(_account, JourneyStage.FormerClient, Day.On(2026, 1, 2))
        },
        {
            TransitionResult.Refused("Do this instead."),
            TransitionResult.Refused("Do this instead."),
            TransitionResult.NoChange("Do this instead.")
        },
        {
            new LastTouchpoint(Day.On(2026, 1, 1), TouchpointChannel.Email),
            new LastTouchpoint(Day.On(2026, 1, 1), TouchpointChannel.Email),
            new LastTouchpoint(Day.On(2026, 1, 1), TouchpointChannel.Letter)
        },
        {
            new Referral(_account, null, ReferredKind.Lead, _lead, Day.On(2026, 1, 1)),
            new Referral(_account, null, ReferredKind.Lead, _lead, Day.On(2026, 1, 1)),
            new Referral(_account, null, ReferredKind.Lead, _lead, Day.On(2026, 1, 1), status: ReferralStatus.Won)
        },
        {
            new ReferrerCounters(2, 1, Day.On(2026, 1, 1)),
            new ReferrerCounters(2, 1, Day.On(2026, 1, 1)),
            new ReferrerCounters(2, 0, Day.On(2026, 1, 1))
        },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Values_built_from_the_same_inputs_are_equal_and_hash_alike_and_differ_otherwise(object value, object same, object different)
    {
        Assert.NotSame(value, same);
        Assert.Equal(value, same);
        Assert.Equal(value.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(value, different);
        Assert.Single(new HashSet<object> { value, same });
    }
}
