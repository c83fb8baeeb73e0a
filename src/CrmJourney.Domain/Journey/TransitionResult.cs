using System;

namespace CrmJourney.Domain.Journey;

/// <summary>
/// The answer to a stage change request, returned as a value rather than thrown: refusing a move
/// is an expected outcome, shown to the user as <see cref="Reason"/>. Every result carries a
/// sentence: for a refusal it says why and what to do instead; for an allowed move or no change it
/// explains what happens.
/// </summary>
public sealed record TransitionResult
{
    private TransitionResult(TransitionOutcome outcome, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A transition result needs a sentence a user can read.", nameof(reason));
        }

        Outcome = outcome;
        Reason = reason.Trim();
    }

    /// <summary>Allowed, refused or no change.</summary>
    public TransitionOutcome Outcome { get; }

    /// <summary>The user-readable explanation.</summary>
    public string Reason { get; }

    /// <summary>True when the move happens.</summary>
    public bool IsAllowed => Outcome == TransitionOutcome.Allowed;

    /// <summary>True when the move is refused.</summary>
    public bool IsRefused => Outcome == TransitionOutcome.Refused;

    /// <summary>The move happens; <paramref name="explanation"/> says what it means.</summary>
    public static TransitionResult Allowed(string explanation) => new(TransitionOutcome.Allowed, explanation);

    /// <summary>The move is refused; <paramref name="reason"/> says why and what to do instead.</summary>
    public static TransitionResult Refused(string reason) => new(TransitionOutcome.Refused, reason);

    /// <summary>Nothing changes; <paramref name="explanation"/> says why.</summary>
    public static TransitionResult NoChange(string explanation) => new(TransitionOutcome.NoChange, explanation);
}
