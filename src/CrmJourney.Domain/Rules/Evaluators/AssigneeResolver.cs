using System;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// Resolves a rule's assignee for an account: the owner; the relationship partner; the last
/// engagement's partner; or the rule's specific user or team. When the account has no relationship
/// partner (or no engagement partner) the account owner gets the task and the note says so.
/// </summary>
public static class AssigneeResolver
{
    /// <summary>Resolves the assignee of <paramref name="rule"/> for <paramref name="candidate"/>.</summary>
    public static ResolvedAssignee Resolve(NurtureRule rule, NurtureCandidate candidate)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        if (candidate is null)
        {
            throw new ArgumentNullException(nameof(candidate));
        }

        return rule.AssigneeType switch
        {
            AssigneeType.RelationshipPartner => candidate.RelationshipPartner is { } partner
                ? new ResolvedAssignee(partner, null)
                : new ResolvedAssignee(candidate.Owner, "no relationship partner set; assigned to the account owner"),
            AssigneeType.EngagementPartner => candidate.LastEngagementPartner is { } engagementPartner
                ? new ResolvedAssignee(engagementPartner, null)
                : new ResolvedAssignee(candidate.Owner, "no engagement partner known; assigned to the account owner"),
            AssigneeType.SpecificUser => new ResolvedAssignee(PrincipalRef.User(rule.AssigneeUserId!.Value), null),
            AssigneeType.SpecificTeam => new ResolvedAssignee(PrincipalRef.Team(rule.AssigneeTeamId!.Value), null),
            _ => new ResolvedAssignee(candidate.Owner, null),
        };
    }
}
