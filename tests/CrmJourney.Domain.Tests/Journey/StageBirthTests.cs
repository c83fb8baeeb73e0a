using System;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Domain.Tests.Journey;

public sealed class StageBirthTests
{
    private static readonly Guid _account = Guid.NewGuid();
    private static readonly DateTime _on = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_account_created_without_a_stage_enters_as_a_prospect_with_trigger_created()
    {
        var birth = StageBirth.Of(_account, given: null, _on);

        Assert.Equal((JourneyStage.Prospect, TransitionTrigger.Created, _on), (birth.Stage, birth.Trigger, birth.OccurredOn));
    }

    [Fact]
    public void An_account_created_as_a_prospect_is_still_a_creation()
    {
        Assert.Equal(TransitionTrigger.Created, StageBirth.Of(_account, JourneyStage.Prospect, _on).Trigger);
    }

    [Theory]
    [InlineData(JourneyStage.ActiveClient)]
    [InlineData(JourneyStage.BetweenEngagements)]
    [InlineData(JourneyStage.FormerClient)]
    public void An_account_created_in_a_later_stage_keeps_it_as_imported_data(JourneyStage given)
    {
        var birth = StageBirth.Of(_account, given, _on);

        Assert.Equal((given, TransitionTrigger.Imported), (birth.Stage, birth.Trigger));
    }

    [Fact]
    public void An_undefined_stage_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StageBirth.Of(_account, (JourneyStage)42, _on));
    }
}
