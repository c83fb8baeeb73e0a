using System;

namespace CrmJourney.Domain.Journey;

/// <summary>
/// One row of <see cref="ManualTransitionTable"/>: what happens when a user asks to move an
/// account from <see cref="From"/> to <see cref="To"/> by hand.
/// </summary>
public sealed record ManualTransitionRule
{
    /// <summary>Creates a row; a same-stage row must be <see cref="TransitionOutcome.NoChange"/> and a changing row must not be.</summary>
    public ManualTransitionRule(JourneyStage from, JourneyStage to, TransitionResult result)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        if ((from == to) != (result.Outcome == TransitionOutcome.NoChange))
        {
            throw new ArgumentException(
                "Only a row whose from and to stages are the same may be \"no change\".", nameof(result));
        }

        From = from;
        To = to;
        Result = result;
    }

    /// <summary>The account's current stage.</summary>
    public JourneyStage From { get; }

    /// <summary>The stage the user asks for.</summary>
    public JourneyStage To { get; }

    /// <summary>Allowed, refused (with the reason) or no change.</summary>
    public TransitionResult Result { get; }
}
