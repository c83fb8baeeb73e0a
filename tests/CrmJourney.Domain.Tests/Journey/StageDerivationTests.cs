using CrmJourney.Domain.Journey;

namespace CrmJourney.Domain.Tests.Journey;

public class StageDerivationTests
{
    [Theory]
    [InlineData(0, 0, false, JourneyStage.Prospect)]
    [InlineData(1, 0, false, JourneyStage.ActiveClient)]
    [InlineData(2, 5, false, JourneyStage.ActiveClient)]
    [InlineData(1, 3, true, JourneyStage.ActiveClient)]
    [InlineData(0, 1, false, JourneyStage.BetweenEngagements)]
    [InlineData(0, 4, true, JourneyStage.FormerClient)]
    [InlineData(0, 0, true, JourneyStage.Prospect)]
    public void The_stage_follows_active_then_completed_engagements_then_the_former_marking(
        int active, int completed, bool markedFormer, JourneyStage expected)
    {
        var facts = new AccountJourneyFacts(active, completed, isMarkedFormer: markedFormer);

        Assert.Equal(expected, StageDerivation.Derive(facts));
    }

    [Theory]
    [InlineData(ProspectOutcome.NotNow)]
    [InlineData(ProspectOutcome.NoWay)]
    public void A_lost_prospect_stays_a_prospect_whatever_its_outcome(ProspectOutcome outcome)
    {
        var facts = new AccountJourneyFacts(0, 0, prospectOutcome: outcome);

        Assert.Equal(JourneyStage.Prospect, StageDerivation.Derive(facts));
    }

    [Theory]
    [InlineData(JourneyStage.Prospect, JourneyStage.ActiveClient, TransitionTrigger.EngagementStarted)]
    [InlineData(JourneyStage.BetweenEngagements, JourneyStage.ActiveClient, TransitionTrigger.EngagementStarted)]
    [InlineData(JourneyStage.FormerClient, JourneyStage.ActiveClient, TransitionTrigger.ReEngaged)]
    [InlineData(JourneyStage.ActiveClient, JourneyStage.BetweenEngagements, TransitionTrigger.EngagementEnded)]
    [InlineData(JourneyStage.ActiveClient, JourneyStage.Prospect, TransitionTrigger.EngagementEnded)]
    [InlineData(JourneyStage.BetweenEngagements, JourneyStage.FormerClient, TransitionTrigger.Manual)]
    public void The_trigger_of_a_derived_move_depends_on_where_it_comes_from(JourneyStage from, JourneyStage to, TransitionTrigger expected)
    {
        Assert.Equal(expected, StageDerivation.TriggerFor(from, to));
    }

    [Fact]
    public void Staying_in_the_same_stage_has_no_trigger()
    {
        Assert.Null(StageDerivation.TriggerFor(JourneyStage.ActiveClient, JourneyStage.ActiveClient));
    }

    [Theory]
    [InlineData(TransitionTrigger.EngagementStarted, 573100000)]
    [InlineData(TransitionTrigger.Dormancy, 573100002)]
    [InlineData(TransitionTrigger.Imported, 573100006)]
    [InlineData(TransitionTrigger.Created, 573100007)]
    public void Trigger_values_keep_the_order_of_the_dataverse_choice(TransitionTrigger trigger, int choiceValue)
    {
        Assert.Equal(choiceValue, 573100000 + (int)trigger);
    }
}
