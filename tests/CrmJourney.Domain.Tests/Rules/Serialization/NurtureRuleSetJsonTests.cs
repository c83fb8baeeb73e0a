using System;
using System.Linq;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Serialization;

namespace CrmJourney.Domain.Tests.Rules.Serialization;

public sealed class NurtureRuleSetJsonTests
{
    [Fact]
    public void A_document_with_one_rule_of_each_type_loads_with_readable_enum_names()
    {
        var result = NurtureRuleSetJson.Load(RuleSetExamples.AllTypes);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var rules = result.RuleSet!.Rules;
        Assert.Equal(
            new[] { NurtureRuleType.Quiet, NurtureRuleType.Pigeonholed, NurtureRuleType.AdvocateCheckIn, NurtureRuleType.NotNowRevisit, NurtureRuleType.ReferralThanks, NurtureRuleType.PartnerDigest },
            rules.Select(r => r.Type));
        Assert.Equal(new[] { JourneyStage.ActiveClient, JourneyStage.BetweenEngagements }, rules[0].Stages);
        Assert.Equal(new[] { ClientTier.Tier1 }, rules[0].Tiers);
        Assert.Equal(730, rules[0].Conditions.MaximumDaysSinceTouchpoint);
        Assert.Equal(AssigneeType.EngagementPartner, rules[1].AssigneeType);
        Assert.Equal(new Guid("77777777-7777-7777-7777-777777777777"), rules[4].AssigneeUserId);
        Assert.True(rules[5].SendEmail);
        Assert.Equal(5, result.RuleSet.ActiveRules.Count);
    }

    [Fact]
    public void Saving_then_loading_gives_the_same_rules()
    {
        var loaded = NurtureRuleSetJson.Load(RuleSetExamples.AllTypes).RuleSet!;

        var saved = NurtureRuleSetJson.Save(loaded);
        var reloaded = NurtureRuleSetJson.Load(saved);

        Assert.True(reloaded.IsValid, string.Join("\n", reloaded.Problems));
        Assert.Equal(saved, NurtureRuleSetJson.Save(reloaded.RuleSet!));
        for (var i = 0; i < loaded.Rules.Count; i++)
        {
            var before = loaded.Rules[i];
            var after = reloaded.RuleSet!.Rules[i];
            Assert.Equal(before.Id, after.Id);
            Assert.Equal(before.Stages, after.Stages);
            Assert.Equal(before.Tiers, after.Tiers);
            Assert.Equal(before.ThresholdDays, after.ThresholdDays);
            Assert.Equal(before.CooldownDays, after.CooldownDays);
            Assert.Equal(before.Subject.Source, after.Subject.Source);
            Assert.Equal(before.Conditions, after.Conditions);
            Assert.Equal(before.Active, after.Active);
        }
    }

    [Fact]
    public void Saved_json_uses_camel_case_fields_and_enum_names()
    {
        var saved = NurtureRuleSetJson.Save(NurtureRuleSetJson.Load(RuleSetExamples.AllTypes).RuleSet!);

        Assert.Contains("\"type\": \"AdvocateCheckIn\"", saved, StringComparison.Ordinal);
        Assert.Contains("\"stages\": [\n        \"ActiveClient\",\n        \"BetweenEngagements\"\n      ]", saved, StringComparison.Ordinal);
        Assert.Contains("\"assigneeType\": \"SpecificUser\"", saved, StringComparison.Ordinal);
        Assert.Contains("\"minimumCompletedEngagements\": 3", saved, StringComparison.Ordinal);
        Assert.Contains("\"conditions\": {\n        \"maximumDaysSinceTouchpoint\": 730\n      }", saved, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_its_line_and_position()
    {
        var result = NurtureRuleSetJson.Load("{\n  \"rules\": [\n    { \"name\": \"x\" \"type\": \"Quiet\" }\n  ]\n}");

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("rules[0].name", problem.Field);
        // Newtonsoft counts the characters read on the line before the error: the stray quote is the 19th, so 18.
        Assert.Contains("is not valid JSON at line 3, position 18", problem.Message, StringComparison.Ordinal);
        Assert.Contains("fix the syntax there", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_the_document_is_reported()
    {
        var problem = Assert.Single(NurtureRuleSetJson.Load("{\"rules\": []} {}").Problems);

        Assert.Equal("(document)", problem.Field);
        Assert.Contains("line 1, position 14", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_validation_problem_is_reported_under_the_rules_path()
    {
        var result = NurtureRuleSetJson.Load(RuleSetExamples.AllTypes.Replace("\"thresholdDays\": 180", "\"thresholdDays\": 0", StringComparison.Ordinal));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("rules[2].thresholdDays", problem.Field);
        Assert.StartsWith("rules[2].thresholdDays: must be at least 1 — set the number of days without contact", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_named_with_the_known_fields()
    {
        var result = NurtureRuleSetJson.Load(RuleSetExamples.AllTypes.Replace("\"cooldownDays\": 90", "\"cooldown\": 90", StringComparison.Ordinal));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("rules[1].cooldown", problem.Field);
        Assert.Contains("unknown field — a rule's fields are id, name, type", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_top_level_field_is_reported()
    {
        var problem = Assert.Single(NurtureRuleSetJson.Load("{\"rules\": [], \"version\": 2}").Problems);

        Assert.Equal("version", problem.Field);
    }

    [Fact]
    public void A_document_without_a_rules_list_is_reported()
    {
        var result = NurtureRuleSetJson.Load("{\"rule\": []}");

        Assert.Equal(new[] { "rule", "rules" }, result.Problems.Select(p => p.Field));
        Assert.Contains("write \"rules\": [", result.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_once_for_its_field()
    {
        var result = NurtureRuleSetJson.Load(RuleSetExamples.AllTypes.Replace("\"thresholdDays\": 90", "\"thresholdDays\": \"ninety\"", StringComparison.Ordinal));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("rules[0].thresholdDays", problem.Field);
        Assert.Contains("must be a whole number such as 30", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_enum_name_is_reported_with_the_names_to_use()
    {
        var result = NurtureRuleSetJson.Load(RuleSetExamples.AllTypes.Replace("\"type\": \"Quiet\"", "\"type\": \"Quite\"", StringComparison.Ordinal));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("rules[0].type", problem.Field);
        Assert.Contains("must be one of Quiet, Pigeonholed, AdvocateCheckIn, NotNowRevisit, ReferralThanks, PartnerDigest (found \"Quite\")", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_choice_number_instead_of_an_enum_name_is_refused()
    {
        var result = NurtureRuleSetJson.Load(RuleSetExamples.AllTypes.Replace("\"priority\": \"Low\"", "\"priority\": \"2\"", StringComparison.Ordinal));

        Assert.Equal("rules[2].priority", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public void An_unknown_stage_in_the_list_is_reported_by_its_index()
    {
        var result = NurtureRuleSetJson.Load(RuleSetExamples.AllTypes.Replace("[\"BetweenEngagements\", \"ActiveClient\"]", "[\"BetweenEngagements\", \"Dormant\"]", StringComparison.Ordinal));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("rules[0].stages[1]", problem.Field);
        Assert.Contains("must be one of Prospect, ActiveClient, BetweenEngagements, FormerClient (found \"Dormant\")", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_condition_key_is_reported_under_the_rules_conditions()
    {
        var result = NurtureRuleSetJson.Load(RuleSetExamples.AllTypes.Replace("\"maximumDaysSinceTouchpoint\": 730", "\"maxDays\": 730", StringComparison.Ordinal));

        Assert.Equal("rules[0].conditions.maxDays", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public void Two_rules_with_the_same_id_are_refused()
    {
        var result = NurtureRuleSetJson.Load(RuleSetExamples.AllTypes.Replace("44444444-4444-4444-4444-444444444444", "22222222-2222-2222-2222-222222222222", StringComparison.Ordinal));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("rules[3].id", problem.Field);
        Assert.Contains("is the same as rules[1].id — give each rule its own id", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_in_several_rules_are_all_reported_in_document_order()
    {
        var json = RuleSetExamples.AllTypes
            .Replace("\"cooldownDays\": 30", "\"cooldownDays\": -1", StringComparison.Ordinal)
            .Replace("\"subject\": \"Check in with {account.name}\"", "\"subject\": \"Check in with {acount}\"", StringComparison.Ordinal)
            .Replace("\"assigneeUserId\": \"77777777-7777-7777-7777-777777777777\",", string.Empty, StringComparison.Ordinal);

        var result = NurtureRuleSetJson.Load(json);

        Assert.Null(result.RuleSet);
        Assert.Equal(new[] { "rules[0].cooldownDays", "rules[2].subject", "rules[4].assigneeUserId" }, result.Problems.Select(p => p.Field));
    }

    [Fact]
    public void A_rule_that_is_not_an_object_is_reported()
    {
        Assert.Equal("rules[0]", Assert.Single(NurtureRuleSetJson.Load("{\"rules\": [42]}").Problems).Field);
    }
}
