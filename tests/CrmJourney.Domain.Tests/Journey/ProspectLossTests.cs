using System;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Domain.Tests.Journey;

public sealed class ProspectLossTests
{
    private static readonly DateTime _lostOn = new(2026, 11, 23, 15, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void A_prospect_lost_as_not_now_is_revisited_the_given_days_after_the_loss_date()
    {
        var result = ProspectLoss.Apply(JourneyStage.Prospect, ProspectOutcome.NotNow, _lostOn, 30);

        Assert.True(result.Changes);
        Assert.Equal(ProspectOutcome.NotNow, result.Outcome);
        Assert.Equal(new DateTime(2026, 12, 23), result.RevisitOn);
    }

    [Fact]
    public void A_prospect_lost_as_no_way_has_no_revisit_date()
    {
        var result = ProspectLoss.Apply(JourneyStage.Prospect, ProspectOutcome.NoWay, _lostOn, 30);

        Assert.Equal(ProspectOutcome.NoWay, result.Outcome);
        Assert.Null(result.RevisitOn);
    }

    [Theory]
    [InlineData(JourneyStage.ActiveClient)]
    [InlineData(JourneyStage.BetweenEngagements)]
    [InlineData(JourneyStage.FormerClient)]
    public void A_client_losing_an_opportunity_keeps_its_outcome(JourneyStage stage)
    {
        Assert.False(ProspectLoss.Apply(stage, ProspectOutcome.NoWay, _lostOn, 30).Changes);
    }

    [Fact]
    public void An_unmapped_loss_changes_nothing_and_a_revisit_delay_below_one_day_is_refused()
    {
        Assert.False(ProspectLoss.Apply(JourneyStage.Prospect, null, _lostOn, 30).Changes);
        Assert.Throws<ArgumentOutOfRangeException>(() => ProspectLoss.Apply(JourneyStage.Prospect, ProspectOutcome.NotNow, _lostOn, 0));
    }
}
