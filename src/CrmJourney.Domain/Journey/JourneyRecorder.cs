using System;
using CrmJourney.Domain.Time;

namespace CrmJourney.Domain.Journey;

/// <summary>
/// The only way the journey history grows: given the account's current state and what happened,
/// returns exactly one <see cref="StageTransition"/> when the stage changes and none when it does
/// not. This is what guarantees "every stage change appends exactly one cjp_stagetransition" and
/// that the product's own recomputations (which find the stage unchanged) log nothing twice.
/// The new stage-entered date is the instant of the change; days in the previous stage are whole
/// calendar days from the old stage-entered date (zero if that date is later).
/// </summary>
public static class JourneyRecorder
{
    /// <summary>
    /// Re-derives the stage from <paramref name="facts"/> (after an engagement or marking changed) and
    /// records the move, if any. An account that is a Former client now counts as marked former, so
    /// recomputing its counters (a planned engagement cancelled, an old one corrected) keeps it former;
    /// only a new active engagement (a win-back) or a manual move takes it out. The trigger comes from <see cref="StageDerivation.TriggerFor"/>
    /// unless <paramref name="trigger"/> is given (the sweep passes Dormancy, an import Imported).
    /// </summary>
    public static JourneyStep Recompute(
        JourneyState current,
        AccountJourneyFacts facts,
        DateTime when,
        Guid? engagementId = null,
        Guid? byUserId = null,
        TransitionTrigger? trigger = null)
    {
        if (current is null)
        {
            throw new ArgumentNullException(nameof(current));
        }

        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        // A stored Former client stage is the marking itself: recomputing counters must not undo it.
        var effective = current.Stage == JourneyStage.FormerClient && !facts.IsMarkedFormer ? facts.WithFormerMarking(true) : facts;
        var derived = StageDerivation.Derive(effective);
        if (derived == current.Stage)
        {
            return new JourneyStep(current, null, TransitionResult.NoChange("The account's facts leave its stage unchanged."));
        }

        var cause = trigger ?? StageDerivation.TriggerFor(current.Stage, derived) ?? TransitionTrigger.Manual;
        return Move(current, derived, when, cause, engagementId, byUserId, TransitionResult.Allowed($"The account moves from {current.Stage} to {derived} ({cause})."));
    }

    /// <summary>
    /// A user asks to move the account to <paramref name="requested"/>: checked against
    /// <see cref="ManualTransitionTable"/>; a refusal comes back as a value with the table's reason.
    /// </summary>
    public static JourneyStep ApplyManual(JourneyState current, JourneyStage requested, DateTime when, Guid byUserId)
    {
        if (current is null)
        {
            throw new ArgumentNullException(nameof(current));
        }

        var result = ManualTransitionTable.Check(current.Stage, requested);
        return result.IsAllowed
            ? Move(current, requested, when, TransitionTrigger.Manual, null, byUserId, result)
            : new JourneyStep(current, null, result);
    }

    private static JourneyStep Move(
        JourneyState current,
        JourneyStage to,
        DateTime when,
        TransitionTrigger trigger,
        Guid? engagementId,
        Guid? byUserId,
        TransitionResult result)
    {
        var transition = new StageTransition(
            current.AccountId,
            current.Stage,
            to,
            when,
            trigger,
            WholeDays.Between(current.StageEnteredOn, when),
            engagementId,
            byUserId);
        return new JourneyStep(new JourneyState(current.AccountId, to, when), transition, result);
    }
}
