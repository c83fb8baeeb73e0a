using System;
using System.Linq;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Validation;
using CrmJourney.Domain.Templates;

namespace CrmJourney.Domain.Tests.Rules.Validation;

public sealed class NurtureRuleValidatorTests
{
    [Fact]
    public void A_valid_quiet_draft_becomes_a_rule_with_its_settings()
    {
        var result = NurtureRuleValidator.Validate(Drafts.Quiet() with { Tiers = new[] { ClientTier.Tier2, ClientTier.Tier1, ClientTier.Tier2 } });

        Assert.True(result.IsValid);
        Assert.Empty(result.Problems);
        var rule = result.Rule!;
        Assert.Equal(90, rule.ThresholdDays);
        Assert.Equal(new[] { ClientTier.Tier1, ClientTier.Tier2 }, rule.Tiers);
        Assert.Equal(new[] { JourneyStage.BetweenEngagements }, rule.Stages);
        Assert.Equal(TaskPriority.High, rule.Priority);
    }

    [Fact]
    public void Absent_optional_fields_take_their_documented_defaults()
    {
        var rule = Build.Rule(Drafts.Quiet() with { CooldownDays = null, DueInDays = null, Priority = null, Active = null, Description = null });

        Assert.Equal(0, rule.CooldownDays);
        Assert.Equal(0, rule.DueInDays);
        Assert.Equal(TaskPriority.Normal, rule.Priority);
        Assert.True(rule.Active);
        Assert.Equal(string.Empty, rule.Description.Render(TemplateValues.Empty));
    }

    [Fact]
    public void Every_rule_type_has_a_valid_example()
    {
        foreach (var draft in new[] { Drafts.Quiet(), Drafts.Pigeonholed(), Drafts.Advocate(), Drafts.NotNow(), Drafts.Referral(), Drafts.Digest() })
        {
            Assert.True(NurtureRuleValidator.Validate(draft).IsValid, draft.Name);
        }
    }

    [Fact]
    public void An_empty_id_is_refused()
    {
        AssertSingleProblem(Drafts.Quiet() with { Id = Guid.Empty }, "id", "give the rule a fixed id");
    }

    [Fact]
    public void A_blank_name_is_refused()
    {
        AssertSingleProblem(Drafts.Quiet() with { Name = "  " }, "name", "give the rule a name");
    }

    [Fact]
    public void A_missing_type_is_refused_with_the_types_to_choose_from()
    {
        AssertSingleProblem(Drafts.Referral() with { Type = null }, "type", "Quiet, Pigeonholed, AdvocateCheckIn, NotNowRevisit, ReferralThanks, PartnerDigest");
    }

    [Fact]
    public void A_zero_threshold_on_a_quiet_rule_is_refused_with_what_the_threshold_means()
    {
        var problem = AssertSingleProblem(Drafts.Quiet() with { ThresholdDays = 0 }, "thresholdDays", "must be at least 1");

        Assert.Contains("days of silence that makes a client \"quiet\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_threshold_on_an_advocate_rule_is_refused()
    {
        AssertSingleProblem(Drafts.Advocate() with { ThresholdDays = null }, "thresholdDays", "after which an advocate is due a check-in");
    }

    [Fact]
    public void A_threshold_on_a_not_now_rule_is_refused_because_the_revisit_date_decides()
    {
        AssertSingleProblem(Drafts.NotNow() with { ThresholdDays = 30 }, "thresholdDays", "remove it");
    }

    [Fact]
    public void A_negative_cooldown_is_refused()
    {
        AssertSingleProblem(Drafts.Quiet() with { CooldownDays = -1 }, "cooldownDays", "must be 0 or more — set the days to wait");
    }

    [Fact]
    public void A_missing_assignee_type_is_refused_with_the_choices()
    {
        AssertSingleProblem(Drafts.Quiet() with { AssigneeType = null }, "assigneeType", "AccountOwner, RelationshipPartner, EngagementPartner, SpecificUser, SpecificTeam");
    }

    [Fact]
    public void A_specific_user_assignee_without_a_user_id_is_refused()
    {
        AssertSingleProblem(Drafts.Quiet() with { AssigneeType = AssigneeType.SpecificUser }, "assigneeUserId", "give the id of the user");
    }

    [Fact]
    public void A_specific_team_assignee_without_a_team_id_is_refused()
    {
        AssertSingleProblem(Drafts.Quiet() with { AssigneeType = AssigneeType.SpecificTeam, AssigneeTeamId = Guid.Empty }, "assigneeTeamId", "give the id of the team");
    }

    [Fact]
    public void A_user_id_without_the_specific_user_assignee_is_refused()
    {
        AssertSingleProblem(Drafts.Quiet() with { AssigneeUserId = Guid.NewGuid() }, "assigneeUserId", "set assigneeType to SpecificUser");
    }

    [Fact]
    public void An_empty_stage_list_on_a_quiet_rule_is_refused()
    {
        AssertSingleProblem(Drafts.Quiet() with { Stages = Array.Empty<JourneyStage>() }, "stages", "choose the stages this rule watches");
    }

    [Fact]
    public void A_null_stage_list_reads_as_empty_and_is_refused_for_a_quiet_rule()
    {
        AssertSingleProblem(Drafts.Quiet() with { Stages = null! }, "stages", "must list at least one stage");
    }

    [Fact]
    public void Stages_on_an_advocate_rule_are_refused_because_its_scope_is_fixed()
    {
        AssertSingleProblem(Drafts.Advocate() with { Stages = new[] { JourneyStage.FormerClient } }, "stages", "always watches former-client advocates");
    }

    [Fact]
    public void A_pigeonholed_rule_without_a_minimum_engagement_count_is_refused()
    {
        AssertSingleProblem(Drafts.Pigeonholed() with { MinimumCompletedEngagements = 0 }, "minimumCompletedEngagements", "must be at least 1 — set how many completed engagements");
    }

    [Fact]
    public void A_minimum_engagement_count_on_a_quiet_rule_is_refused()
    {
        AssertSingleProblem(Drafts.Quiet() with { MinimumCompletedEngagements = 2 }, "minimumCompletedEngagements", "only Pigeonholed rules count engagements");
    }

    [Fact]
    public void A_blank_subject_is_refused()
    {
        AssertSingleProblem(Drafts.Quiet() with { Subject = "" }, "subject", "write the task subject");
    }

    [Fact]
    public void An_unknown_placeholder_in_the_subject_is_refused_listing_the_known_ones()
    {
        var problem = AssertSingleProblem(Drafts.Quiet() with { Subject = "Call {acount.name}" }, "subject", "unknown placeholder {acount.name}");

        Assert.Contains("{account.name}", problem.Message, StringComparison.Ordinal);
        Assert.Contains("{servicelines.other}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_placeholder_in_the_description_is_refused()
    {
        AssertSingleProblem(Drafts.Quiet() with { Description = "Because {why}" }, "description", "unknown placeholder {why} at position 8 — use one of");
    }

    [Fact]
    public void A_referral_placeholder_is_unknown_to_a_quiet_rule()
    {
        AssertSingleProblem(Drafts.Quiet() with { Subject = "Thank {referrer.name}" }, "subject", "unknown placeholder {referrer.name}");
    }

    [Fact]
    public void An_account_placeholder_is_unknown_to_a_digest_rule()
    {
        var problem = AssertSingleProblem(Drafts.Digest() with { Subject = "Digest for {account.name}" }, "subject", "unknown placeholder {account.name}");

        Assert.Contains("{partner.name}, {rule.name}, {accounts.count}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_due_in_days_is_refused()
    {
        AssertSingleProblem(Drafts.Quiet() with { DueInDays = -2 }, "dueInDays", "must be 0 or more — set how many days after the sweep");
    }

    [Fact]
    public void Send_email_on_a_rule_that_is_not_a_digest_is_refused()
    {
        AssertSingleProblem(Drafts.Quiet() with { SendEmail = true }, "sendEmail", "set it to false");
    }

    [Fact]
    public void Malformed_conditions_json_is_refused_with_an_example()
    {
        AssertSingleProblem(Drafts.Quiet() with { ConditionsJson = "{\"minimumDaysInStage\": " }, "conditions", "is not valid JSON");
    }

    [Fact]
    public void Conditions_that_are_not_an_object_are_refused()
    {
        AssertSingleProblem(Drafts.Quiet() with { ConditionsJson = "[1, 2]" }, "conditions", "must be a JSON object, not a list");
    }

    [Fact]
    public void An_unknown_condition_key_is_refused_naming_the_key_and_the_known_ones()
    {
        AssertSingleProblem(Drafts.Quiet() with { ConditionsJson = "{\"maxDays\": 3}" }, "conditions.maxDays", "use minimumDaysInStage, maximumDaysSinceTouchpoint, serviceLineCodes");
    }

    [Fact]
    public void A_condition_of_the_wrong_type_is_refused()
    {
        AssertSingleProblem(Drafts.Quiet() with { ConditionsJson = "{\"minimumDaysInStage\": \"ten\"}" }, "conditions.minimumDaysInStage", "must be a whole number of at least 0");
    }

    [Fact]
    public void All_problems_are_reported_at_once_not_only_the_first()
    {
        var result = NurtureRuleValidator.Validate(Drafts.Quiet() with { Name = "", ThresholdDays = -5, CooldownDays = -1, Subject = "{nope}", DueInDays = -1 });

        Assert.False(result.IsValid);
        Assert.Null(result.Rule);
        Assert.Equal(new[] { "name", "thresholdDays", "cooldownDays", "subject", "dueInDays" }, result.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Every_problem_message_says_how_to_fix_it_after_a_dash()
    {
        var result = NurtureRuleValidator.Validate(new NurtureRuleDraft { Type = NurtureRuleType.Quiet, ConditionsJson = "{\"x\":1}", SendEmail = true });

        Assert.NotEmpty(result.Problems);
        Assert.All(result.Problems, p => Assert.Contains(" — ", p.Message, StringComparison.Ordinal));
    }

    private static RuleProblem AssertSingleProblem(NurtureRuleDraft draft, string field, string fix)
    {
        var result = NurtureRuleValidator.Validate(draft);

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(field, problem.Field);
        Assert.Contains(fix, problem.Message, StringComparison.Ordinal);
        return problem;
    }
}
