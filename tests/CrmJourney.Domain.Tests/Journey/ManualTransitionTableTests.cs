using System;
using System.Linq;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Domain.Tests.Journey;

public class ManualTransitionTableTests
{
    private const JourneyStage P = JourneyStage.Prospect;
    private const JourneyStage A = JourneyStage.ActiveClient;
    private const JourneyStage B = JourneyStage.BetweenEngagements;
    private const JourneyStage F = JourneyStage.FormerClient;

    [Theory]
    [InlineData(P, P, TransitionOutcome.NoChange, "already a prospect")]
    [InlineData(P, A, TransitionOutcome.Refused, "engagement starts")]
    [InlineData(P, B, TransitionOutcome.Refused, "completed no engagement")]
    [InlineData(P, F, TransitionOutcome.Refused, "mark the prospect's outcome as No way")]
    [InlineData(A, P, TransitionOutcome.Refused, "cancel the engagement")]
    [InlineData(A, A, TransitionOutcome.NoChange, "already an active client")]
    [InlineData(A, B, TransitionOutcome.Refused, "complete or cancel")]
    [InlineData(A, F, TransitionOutcome.Refused, "complete or cancel")]
    [InlineData(B, P, TransitionOutcome.Refused, "cannot become a prospect again")]
    [InlineData(B, A, TransitionOutcome.Refused, "create or activate an engagement")]
    [InlineData(B, B, TransitionOutcome.NoChange, "already between engagements")]
    [InlineData(B, F, TransitionOutcome.Allowed, "becomes a former client")]
    [InlineData(F, P, TransitionOutcome.Refused, "start a new engagement")]
    [InlineData(F, A, TransitionOutcome.Refused, "win-back")]
    [InlineData(F, B, TransitionOutcome.Allowed, "between engagements again")]
    [InlineData(F, F, TransitionOutcome.NoChange, "already a former client")]
    public void Each_manual_move_is_allowed_or_refused_with_a_reason_the_user_can_act_on(
        JourneyStage from, JourneyStage to, TransitionOutcome expected, string reasonMentions)
    {
        var result = ManualTransitionTable.Check(from, to);

        Assert.Equal(expected, result.Outcome);
        Assert.Contains(reasonMentions, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_has_exactly_one_row_for_each_of_the_sixteen_stage_pairs()
    {
        var pairs = ManualTransitionTable.Rows.Select(r => (r.From, r.To)).ToList();

        Assert.Equal(16, pairs.Count);
        Assert.Equal(16, pairs.Distinct().Count());
    }

    [Fact]
    public void Every_refusal_is_a_full_sentence()
    {
        var refusals = ManualTransitionTable.Rows.Where(r => r.Result.IsRefused).ToList();

        // 16 pairs − 4 same-stage − 2 allowed = 10 refusals.
        Assert.Equal(10, refusals.Count);
        Assert.All(refusals, r =>
        {
            Assert.EndsWith(".", r.Result.Reason, StringComparison.Ordinal);
            Assert.True(r.Result.Reason.Length > 40, r.Result.Reason);
        });
    }

    [Fact]
    public void A_stage_value_outside_the_four_stages_is_refused_not_thrown()
    {
        var result = ManualTransitionTable.Check(JourneyStage.Prospect, (JourneyStage)9);

        Assert.True(result.IsRefused);
        Assert.Contains("not a journey stage", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_claiming_no_change_between_two_different_stages_is_refused_at_construction()
    {
        Assert.Throws<ArgumentException>(() => new ManualTransitionRule(P, A, TransitionResult.NoChange("Nothing to do.")));
    }
}
