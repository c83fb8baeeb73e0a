using System;

namespace CrmJourney.Domain.Journey;

/// <summary>
/// What the <see cref="JourneyRecorder"/> decided: the account's state afterwards, the one
/// transition to append (null when the stage did not change or the move was refused), and the
/// result to show. A step never carries more than one transition.
/// </summary>
public sealed record JourneyStep
{
    /// <summary>Creates a step; a transition is present exactly when the result is allowed.</summary>
    public JourneyStep(JourneyState state, StageTransition? transition, TransitionResult result)
    {
        if (state is null)
        {
            throw new ArgumentNullException(nameof(state));
        }

        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        if ((transition is not null) != result.IsAllowed)
        {
            throw new ArgumentException("A step records a transition exactly when the move is allowed.", nameof(transition));
        }

        State = state;
        Transition = transition;
        Result = result;
    }

    /// <summary>The account's stage and stage-entered date after the step.</summary>
    public JourneyState State { get; }

    /// <summary>The single cjp_stagetransition row to append, or null.</summary>
    public StageTransition? Transition { get; }

    /// <summary>Allowed, refused (with the reason) or no change.</summary>
    public TransitionResult Result { get; }

    /// <summary>True when the stage changed.</summary>
    public bool Changed => Transition is not null;
}
