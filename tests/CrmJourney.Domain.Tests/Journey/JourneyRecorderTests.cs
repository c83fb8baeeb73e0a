using System;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Tests.Time;

namespace CrmJourney.Domain.Tests.Journey;

public class JourneyRecorderTests
{
    private static readonly Guid _account = new("aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly Guid _engagement = new("eeeeeeee-0000-0000-0000-000000000001");
    private static readonly Guid _user = new("dddddddd-0000-0000-0000-000000000001");

    [Fact]
    public void Completing_the_last_active_engagement_moves_the_account_between_engagements()
    {
        var active = new JourneyState(_account, JourneyStage.ActiveClient, Day.On(2026, 1, 10));
        var afterCompletion = new AccountJourneyFacts(activeEngagementCount: 0, completedEngagementCount: 1, lastEngagementEndedOn: Day.On(2026, 3, 1));

        var step = JourneyRecorder.Recompute(active, afterCompletion, Day.On(2026, 3, 1), engagementId: _engagement);

        Assert.Equal(JourneyStage.BetweenEngagements, step.State.Stage);
        Assert.Equal(Day.On(2026, 3, 1), step.State.StageEnteredOn);
        var transition = Assert.IsType<StageTransition>(step.Transition);
        Assert.Equal(JourneyStage.ActiveClient, transition.From);
        Assert.Equal(JourneyStage.BetweenEngagements, transition.To);
        Assert.Equal(TransitionTrigger.EngagementEnded, transition.Trigger);
        Assert.Equal(_engagement, transition.EngagementId);
        // 10 Jan → 10 Feb 2026 is 31 days, 10 Feb → 1 Mar is 19 more (February 2026 has 28): 50.
        Assert.Equal(50, transition.DaysInPreviousStage);
    }

    [Fact]
    public void Recomputing_with_facts_that_keep_the_stage_records_nothing()
    {
        var active = new JourneyState(_account, JourneyStage.ActiveClient, Day.On(2026, 1, 10));
        var secondEngagementStarts = new AccountJourneyFacts(activeEngagementCount: 2, completedEngagementCount: 0);

        var step = JourneyRecorder.Recompute(active, secondEngagementStarts, Day.On(2026, 2, 1));

        Assert.Null(step.Transition);
        Assert.Equal(TransitionOutcome.NoChange, step.Result.Outcome);
        Assert.Same(active, step.State);
    }

    [Fact]
    public void A_new_engagement_for_a_former_client_is_recorded_as_a_win_back()
    {
        var former = new JourneyState(_account, JourneyStage.FormerClient, Day.On(2025, 1, 1));
        var newEngagement = new AccountJourneyFacts(activeEngagementCount: 1, completedEngagementCount: 3);

        var step = JourneyRecorder.Recompute(former, newEngagement, Day.On(2025, 1, 31), engagementId: _engagement);

        Assert.Equal(JourneyStage.ActiveClient, step.State.Stage);
        Assert.Equal(TransitionTrigger.ReEngaged, step.Transition!.Trigger);
        Assert.Equal(30, step.Transition.DaysInPreviousStage);
    }

    [Fact]
    public void The_first_engagement_of_a_prospect_is_recorded_as_engagement_started()
    {
        var prospect = new JourneyState(_account, JourneyStage.Prospect, Day.On(2026, 1, 1));

        var step = JourneyRecorder.Recompute(prospect, new AccountJourneyFacts(1, 0), Day.On(2026, 1, 8));

        Assert.Equal(TransitionTrigger.EngagementStarted, step.Transition!.Trigger);
        Assert.Equal(7, step.Transition.DaysInPreviousStage);
    }

    [Fact]
    public void A_former_client_stays_former_when_its_counters_are_recomputed_without_a_new_engagement()
    {
        var former = new JourneyState(_account, JourneyStage.FormerClient, Day.On(2025, 1, 1));
        var plannedEngagementCancelled = new AccountJourneyFacts(activeEngagementCount: 0, completedEngagementCount: 3);

        var step = JourneyRecorder.Recompute(former, plannedEngagementCancelled, Day.On(2025, 2, 1));

        Assert.Null(step.Transition);
        Assert.Equal(JourneyStage.FormerClient, step.State.Stage);
    }

    [Fact]
    public void An_import_records_its_own_trigger_instead_of_the_derived_one()
    {
        var prospect = new JourneyState(_account, JourneyStage.Prospect, Day.On(2026, 1, 1));

        var step = JourneyRecorder.Recompute(prospect, new AccountJourneyFacts(0, 2), Day.On(2026, 1, 2), trigger: TransitionTrigger.Imported);

        Assert.Equal(JourneyStage.BetweenEngagements, step.State.Stage);
        Assert.Equal(TransitionTrigger.Imported, step.Transition!.Trigger);
    }

    [Fact]
    public void A_stage_entered_date_later_than_the_change_gives_zero_days_not_negative()
    {
        var prospect = new JourneyState(_account, JourneyStage.Prospect, Day.On(2026, 6, 1));

        var step = JourneyRecorder.Recompute(prospect, new AccountJourneyFacts(1, 0), Day.On(2026, 5, 1));

        Assert.Equal(0, step.Transition!.DaysInPreviousStage);
    }

    [Fact]
    public void A_user_marking_a_between_engagements_client_as_former_records_one_manual_transition_by_that_user()
    {
        var between = new JourneyState(_account, JourneyStage.BetweenEngagements, Day.On(2026, 1, 1));

        var step = JourneyRecorder.ApplyManual(between, JourneyStage.FormerClient, Day.On(2026, 1, 11), _user);

        Assert.True(step.Result.IsAllowed);
        Assert.Equal(JourneyStage.FormerClient, step.State.Stage);
        Assert.Equal(TransitionTrigger.Manual, step.Transition!.Trigger);
        Assert.Equal(_user, step.Transition.ByUserId);
        Assert.Equal(10, step.Transition.DaysInPreviousStage);
    }

    [Fact]
    public void A_refused_manual_move_leaves_the_account_where_it_was_and_records_nothing()
    {
        var prospect = new JourneyState(_account, JourneyStage.Prospect, Day.On(2026, 1, 1));

        var step = JourneyRecorder.ApplyManual(prospect, JourneyStage.FormerClient, Day.On(2026, 1, 11), _user);

        Assert.True(step.Result.IsRefused);
        Assert.Null(step.Transition);
        Assert.Equal(JourneyStage.Prospect, step.State.Stage);
        Assert.Equal(Day.On(2026, 1, 1), step.State.StageEnteredOn);
    }

    [Fact]
    public void A_transition_that_does_not_change_the_stage_cannot_be_built()
    {
        Assert.Throws<ArgumentException>(() =>
            new StageTransition(_account, JourneyStage.Prospect, JourneyStage.Prospect, Day.On(2026, 1, 1), TransitionTrigger.Manual, 0));
    }
}
