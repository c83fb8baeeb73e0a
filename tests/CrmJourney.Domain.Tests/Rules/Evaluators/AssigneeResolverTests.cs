using System;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;

namespace CrmJourney.Domain.Tests.Rules.Evaluators;

public sealed class AssigneeResolverTests
{
    private static readonly Guid _userId = new("eeeeeeee-0000-0000-0000-000000000001");
    private static readonly Guid _teamId = new("eeeeeeee-0000-0000-0000-000000000002");

    [Fact]
    public void The_relationship_partner_gets_the_task_when_the_account_has_one()
    {
        var resolved = AssigneeResolver.Resolve(Build.Rule(Drafts.Quiet()), Candidates.Acme());

        Assert.Equal(Candidates.Partner, resolved.Principal);
        Assert.Null(resolved.FallbackNote);
    }

    [Fact]
    public void Without_a_relationship_partner_the_owner_gets_the_task_and_the_reason_says_so()
    {
        var outcome = new QuietEvaluator().Evaluate(Build.Rule(Drafts.Quiet()), Candidates.Acme() with { RelationshipPartner = null }, Build.Context());

        Assert.Equal(Candidates.Owner, outcome.Action!.Assignee);
        Assert.Equal("No touchpoint for 143 days; last: meeting on 2026-07-03 (no relationship partner set; assigned to the account owner)", outcome.Action.Reason);
        Assert.EndsWith("(no relationship partner set; assigned to the account owner)", outcome.Action.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_engagement_partner_is_the_last_engagements_partner()
    {
        var rule = Build.Rule(Drafts.Quiet() with { AssigneeType = AssigneeType.EngagementPartner });

        Assert.Equal(Candidates.EngagementPartner, AssigneeResolver.Resolve(rule, Candidates.Acme()).Principal);
    }

    [Fact]
    public void Without_an_engagement_partner_the_owner_gets_the_task_with_a_note()
    {
        var rule = Build.Rule(Drafts.Quiet() with { AssigneeType = AssigneeType.EngagementPartner });

        var resolved = AssigneeResolver.Resolve(rule, Candidates.Acme() with { LastEngagementPartner = null });

        Assert.Equal(Candidates.Owner, resolved.Principal);
        Assert.Equal("no engagement partner known; assigned to the account owner", resolved.FallbackNote);
    }

    [Fact]
    public void The_account_owner_assignee_is_the_owner_even_when_a_partner_exists()
    {
        var rule = Build.Rule(Drafts.Quiet() with { AssigneeType = AssigneeType.AccountOwner });

        Assert.Equal(Candidates.Owner, AssigneeResolver.Resolve(rule, Candidates.Acme()).Principal);
    }

    [Fact]
    public void A_specific_user_or_team_gets_the_task_as_the_right_kind_of_principal()
    {
        var user = AssigneeResolver.Resolve(Build.Rule(Drafts.Quiet() with { AssigneeType = AssigneeType.SpecificUser, AssigneeUserId = _userId }), Candidates.Acme());
        var team = AssigneeResolver.Resolve(Build.Rule(Drafts.Quiet() with { AssigneeType = AssigneeType.SpecificTeam, AssigneeTeamId = _teamId }), Candidates.Acme());

        Assert.Equal(PrincipalRef.User(_userId), user.Principal);
        Assert.Equal(PrincipalRef.Team(_teamId), team.Principal);
    }
}
