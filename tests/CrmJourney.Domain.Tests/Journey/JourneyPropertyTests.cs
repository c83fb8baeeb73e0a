using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Tests.Engagements;
using CrmJourney.Domain.Tests.Time;
using CsCheck;

namespace CrmJourney.Domain.Tests.Journey;

public class JourneyPropertyTests
{
    // Event codes: 0 start (Planned → Active), 1 complete (Active → Completed),
    // 2 cancel (Planned or Active → Cancelled), 3 a user marks the account as a former client.
    private const int Start = 0;
    private const int Complete = 1;
    private const int Cancel = 2;
    private const int MarkFormer = 3;
    private const int EngagementCount = 5;

    private static readonly Guid _account = new("acc00000-0000-0000-0000-0000000000ff");
    private static readonly Guid _user = new("dddddddd-0000-0000-0000-0000000000ff");

    private static readonly Gen<(int Event, int Engagement)[]> _events =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, EngagementCount - 1]).Array[0, 40];

    [Fact]
    public void For_any_sequence_of_engagement_events_the_stage_agrees_with_the_facts()
    {
        _events.Sample(events =>
        {
            foreach (var (status, state) in Replay(events))
            {
                var active = status.Count(s => s == EngagementStatus.Active);
                var completed = status.Count(s => s == EngagementStatus.Completed);
                if (active > 0)
                {
                    Assert.Equal(JourneyStage.ActiveClient, state.Stage);
                }
                else if (completed > 0)
                {
                    Assert.Contains(state.Stage, new[] { JourneyStage.BetweenEngagements, JourneyStage.FormerClient });
                }
                else
                {
                    Assert.Equal(JourneyStage.Prospect, state.Stage);
                }
            }
        });
    }

    [Fact]
    public void For_any_sequence_of_events_exactly_one_transition_is_recorded_per_stage_change()
    {
        _events.Sample(events =>
        {
            var transitions = new List<StageTransition>();
            var stageChanges = 0;
            var previous = JourneyStage.Prospect;
            foreach (var (_, state, transition) in ReplayWithTransitions(events))
            {
                if (state.Stage != previous)
                {
                    stageChanges++;
                }

                if (transition is not null)
                {
                    Assert.Equal(previous, transition.From);
                    Assert.Equal(state.Stage, transition.To);
                    transitions.Add(transition);
                }

                previous = state.Stage;
            }

            Assert.Equal(stageChanges, transitions.Count);
        });
    }

    [Fact]
    public void For_any_sequence_a_former_client_coming_back_is_always_a_win_back()
    {
        _events.Sample(events =>
        {
            var winBacks = ReplayWithTransitions(events)
                .Select(r => r.Transition)
                .Where(t => t is not null && t.From == JourneyStage.FormerClient && t.To == JourneyStage.ActiveClient);
            Assert.All(winBacks, t => Assert.Equal(TransitionTrigger.ReEngaged, t!.Trigger));
        });
    }

    private static IEnumerable<(EngagementStatus[] Status, JourneyState State)> Replay((int Event, int Engagement)[] events) =>
        ReplayWithTransitions(events).Select(r => (r.Status, r.State));

    // Plays the events as the plugins would: every engagement change recomputes the stage from the
    // summary; a user may mark the account as former at any time (refused unless between engagements).
    private static IEnumerable<(EngagementStatus[] Status, JourneyState State, StageTransition? Transition)> ReplayWithTransitions(
        (int Event, int Engagement)[] events)
    {
        var status = new EngagementStatus[EngagementCount];
        var ids = Enumerable.Range(1, EngagementCount).Select(i => new Guid(i, 0, 0, new byte[8])).ToArray();
        var state = new JourneyState(_account, JourneyStage.Prospect, Day.On(2020, 1, 1));
        var when = Day.On(2020, 1, 1);

        foreach (var (code, index) in events)
        {
            when = when.AddDays(3);
            JourneyStep step;
            if (code == MarkFormer)
            {
                step = JourneyRecorder.ApplyManual(state, JourneyStage.FormerClient, when, _user);
            }
            else
            {
                status[index] = Next(status[index], code);
                var engagements = ids.Select((id, i) => new Engagement(id, _account, EngagementBuilder.Tax, status[i], when.AddDays(-1), status[i] == EngagementStatus.Completed ? when : null));
                var facts = EngagementSummary.From(engagements).ToFacts();
                step = JourneyRecorder.Recompute(state, facts, when, engagementId: ids[index]);
            }

            state = step.State;
            yield return ((EngagementStatus[])status.Clone(), state, step.Transition);
        }
    }

    private static EngagementStatus Next(EngagementStatus current, int code) => (code, current) switch
    {
        (Start, EngagementStatus.Planned) => EngagementStatus.Active,
        (Complete, EngagementStatus.Active) => EngagementStatus.Completed,
        (Cancel, EngagementStatus.Planned) => EngagementStatus.Cancelled,
        (Cancel, EngagementStatus.Active) => EngagementStatus.Cancelled,
        _ => current,
    };
}
