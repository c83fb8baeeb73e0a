namespace CrmJourney.Domain.Rules;

/// <summary>
/// Who receives a rule's tasks. The Dataverse choice value (cjp_assigneetype) is 573100000 + the
/// numeric value. When the account has no relationship partner (or no engagement partner) the task
/// falls back to the account owner and the reason says so.
/// </summary>
public enum AssigneeType
{
    /// <summary>The account's owner (user or team).</summary>
    AccountOwner = 0,

    /// <summary>The account's relationship partner (cjp_relationshippartnerid).</summary>
    RelationshipPartner = 1,

    /// <summary>The partner of the account's most recent engagement.</summary>
    EngagementPartner = 2,

    /// <summary>One fixed user, given by the rule's assigneeUserId.</summary>
    SpecificUser = 3,

    /// <summary>One fixed team, given by the rule's assigneeTeamId.</summary>
    SpecificTeam = 4,
}
