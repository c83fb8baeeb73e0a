using System;

namespace CrmJourney.Domain.Journey;

/// <summary>
/// The stage an account is born with, and the first row of its journey history (a transition from no
/// stage). Every account has a stage from the moment it is created: a new account with no stage enters
/// as a <see cref="JourneyStage.Prospect"/> (trigger <see cref="TransitionTrigger.Created"/>); one created
/// with a stage keeps it — Prospect is still a creation, any later stage can only come from data
/// carried over from elsewhere (a migration, an integration), so its trigger is
/// <see cref="TransitionTrigger.Imported"/>. Days in the previous stage are 0: there was none.
/// </summary>
public sealed record StageBirth
{
    private StageBirth(Guid accountId, JourneyStage stage, DateTime occurredOn, TransitionTrigger trigger)
    {
        AccountId = accountId;
        Stage = stage;
        OccurredOn = occurredOn;
        Trigger = trigger;
    }

    /// <summary>The account born.</summary>
    public Guid AccountId { get; }

    /// <summary>The stage it enters.</summary>
    public JourneyStage Stage { get; }

    /// <summary>When it entered the stage (its creation, unless the caller gave the stage's entry date).</summary>
    public DateTime OccurredOn { get; }

    /// <summary><see cref="TransitionTrigger.Created"/> for a prospect, <see cref="TransitionTrigger.Imported"/> otherwise.</summary>
    public TransitionTrigger Trigger { get; }

    /// <summary>The stage a new account takes when the caller gave none.</summary>
    public static JourneyStage DefaultStage => JourneyStage.Prospect;

    /// <summary>
    /// The birth of <paramref name="accountId"/> with the stage the caller gave (null: none, so
    /// <see cref="DefaultStage"/>), entering it at <paramref name="enteredOn"/>. An undefined stage value is refused.
    /// </summary>
    public static StageBirth Of(Guid accountId, JourneyStage? given, DateTime enteredOn)
    {
        if (accountId == Guid.Empty)
        {
            throw new ArgumentException("A stage birth belongs to an account: pass the account's id.", nameof(accountId));
        }

        if (given is { } stage && !Enum.IsDefined(typeof(JourneyStage), stage))
        {
            throw new ArgumentOutOfRangeException(nameof(given), given, "Not a journey stage.");
        }

        var born = given ?? DefaultStage;
        return new StageBirth(accountId, born, enteredOn, born == JourneyStage.Prospect ? TransitionTrigger.Created : TransitionTrigger.Imported);
    }
}
