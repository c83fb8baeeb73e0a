namespace CrmJourney.Domain.Journey;

/// <summary>The three possible answers to "may the account move from this stage to that one?".</summary>
public enum TransitionOutcome
{
    /// <summary>The move happens and one stage transition is recorded.</summary>
    Allowed = 0,

    /// <summary>The move is not allowed; the reason says what to do instead. Nothing is recorded.</summary>
    Refused = 1,

    /// <summary>The account is already in that stage; nothing is recorded.</summary>
    NoChange = 2,
}
