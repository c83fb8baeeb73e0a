namespace CrmJourney.Domain.Rules;

/// <summary>Whether a task's owner is a user (systemuser) or a team.</summary>
public enum PrincipalKind
{
    /// <summary>A systemuser.</summary>
    User = 0,

    /// <summary>A team.</summary>
    Team = 1,
}
