using System;
using System.Collections.Generic;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;
using CrmJourney.Plugins.Schema;
using CrmJourney.Plugins.Sweep;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Sweep;

/// <summary>The row shapes the sweep writes that LocalOrg cannot show (it keeps no activity parties).</summary>
public sealed class SweepMapperTests
{
    [Fact]
    public void A_digest_email_with_parties_is_from_and_to_its_recipient()
    {
        var alice = PrincipalRef.User(SweepWorld.Alice, "Alice Martin");
        var digest = new PartnerDigest(
            new NurtureDedupeKey(SweepWorld.Id("rule:digest"), null, NurtureDedupeKey.DigestWindow(SweepWorld.AsOf, alice.Id)),
            alice,
            "Accounts needing attention for Alice Martin",
            "1 account",
            new List<DigestEntry> { new(SweepWorld.Id("account:a"), "A", new[] { "Quiet clients: silent" }) },
            sendEmail: true);

        var email = SweepMapper.ToEmail(digest, "<h2>x</h2>", withParties: true);

        foreach (var column in new[] { Email.Columns.From, Email.Columns.To })
        {
            var parties = email.GetAttributeValue<EntityCollection>(column)!;
            Assert.Equal("activityparty", parties.EntityName);
            var party = Assert.Single(parties.Entities);
            Assert.Equal(new EntityReference(SystemUser.LogicalName, SweepWorld.Alice), party.GetAttributeValue<EntityReference>("partyid"));
        }

        Assert.True(email.GetAttributeValue<bool>(Email.Columns.DirectionCode));
    }

    [Fact]
    public void A_digest_email_without_parties_names_no_sender_or_recipient()
    {
        var alice = PrincipalRef.User(SweepWorld.Alice, "Alice Martin");
        var digest = new PartnerDigest(
            new NurtureDedupeKey(SweepWorld.Id("rule:digest"), null, NurtureDedupeKey.DigestWindow(SweepWorld.AsOf, alice.Id)),
            alice,
            "Subject",
            string.Empty,
            new List<DigestEntry> { new(SweepWorld.Id("account:a"), "A", new[] { "Quiet clients: silent" }) },
            sendEmail: false);

        var email = SweepMapper.ToEmail(digest, "<h2>x</h2>", withParties: false);

        Assert.False(email.Contains(Email.Columns.From));
        Assert.False(email.Contains(Email.Columns.To));
    }

    [Fact]
    public void A_task_for_a_team_is_owned_by_the_team_and_its_log_names_no_user()
    {
        var team = PrincipalRef.Team(SweepWorld.Id("team:sales"), "Sales");
        var action = new NurtureAction(
            new NurtureDedupeKey(SweepWorld.Id("rule:quiet"), SweepWorld.Id("account:a"), "2026-11-20"),
            SweepWorld.Id("account:a"),
            team,
            "Check in",
            "Why",
            "Silent",
            SweepWorld.AsOf,
            SweepWorld.Day(2026, 11, 27),
            TaskPriority.High);

        var task = SweepMapper.ToTask(action);
        var log = SweepMapper.ToLog(action, "Quiet clients", "A");

        Assert.Equal(new EntityReference(Team.LogicalName, team.Id), task.GetAttributeValue<EntityReference>(Task.Columns.OwnerId));
        Assert.False(log.Contains(NurtureLog.Columns.AssignedToId));
        Assert.Equal("Quiet clients: A", log.GetAttributeValue<string>(NurtureLog.Columns.Name));
    }

    [Fact]
    public void A_log_name_longer_than_the_column_is_cut_to_one_hundred_characters()
    {
        var action = new NurtureAction(
            new NurtureDedupeKey(SweepWorld.Id("rule:quiet"), SweepWorld.Id("account:a"), "2026-11-20"),
            SweepWorld.Id("account:a"),
            PrincipalRef.User(SweepWorld.Alice),
            "Check in",
            string.Empty,
            "Silent",
            SweepWorld.AsOf,
            SweepWorld.AsOf.Date,
            TaskPriority.Normal);

        var log = SweepMapper.ToLog(action, new string('r', 80), new string('a', 80));

        var name = log.GetAttributeValue<string>(NurtureLog.Columns.Name)!;
        Assert.Equal(100, name.Length);
        Assert.EndsWith("…", name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_row_with_a_choice_value_the_code_does_not_know_maps_to_a_problem_not_an_exception()
    {
        // A solution newer than these plugins could offer a seventh rule type; the sweep must report it, not crash.
        var row = new Entity(Plugins.Schema.NurtureRule.LogicalName, SweepWorld.Id("rule:future"));
        row[Plugins.Schema.NurtureRule.Columns.Name] = "From the future";
        row[Plugins.Schema.NurtureRule.Columns.RuleType] = new OptionSetValue(573100099);
        row[Plugins.Schema.NurtureRule.Columns.TaskSubject] = "Hello {account.name}";
        var problems = new List<Domain.Rules.Validation.RuleProblem>();

        var draft = SweepMapper.ToDraft(row, problems);

        Assert.Null(draft.Type);
        var problem = Assert.Single(problems);
        Assert.Equal(Plugins.Schema.NurtureRule.Columns.RuleType, problem.Field);
        Assert.StartsWith("Choice value 573100099 is not a NurtureRuleType", problem.Message, StringComparison.Ordinal);
    }
}
