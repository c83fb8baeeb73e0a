using System;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;

namespace CrmJourney.Domain.Tests.Rules;

public sealed class NurtureModelTests
{
    [Fact]
    public void A_candidate_needs_an_account_id_and_a_name()
    {
        Assert.Throws<ArgumentException>(() => new NurtureCandidate(Guid.Empty, "Acme", JourneyStage.Prospect, Candidates.Owner));
        Assert.Throws<ArgumentException>(() => new NurtureCandidate(Candidates.AcmeId, " ", JourneyStage.Prospect, Candidates.Owner));
    }

    [Fact]
    public void A_candidate_refuses_a_negative_engagement_count()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Candidates.Acme() with { CompletedEngagementCount = -1 });
    }

    [Fact]
    public void A_candidate_keeps_each_service_line_once()
    {
        var candidate = Candidates.Acme() with { ServiceLinesUsed = new[] { Build.Tax, Build.Audit, Build.Tax } };

        Assert.Equal(new[] { Build.Tax, Build.Audit }, candidate.ServiceLinesUsed);
    }

    [Fact]
    public void A_principal_reference_needs_an_id()
    {
        Assert.Throws<ArgumentException>(() => PrincipalRef.User(Guid.Empty, "Nobody"));
    }

    [Fact]
    public void A_dedupe_window_longer_than_the_log_column_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new NurtureDedupeKey(Drafts.QuietId, Candidates.AcmeId, new string('w', 51)));
        Assert.Equal(50, new NurtureDedupeKey(Drafts.QuietId, Candidates.AcmeId, new string('w', 50)).Window.Length);
    }

    [Fact]
    public void A_dedupe_key_reads_as_rule_account_and_window()
    {
        var key = new NurtureDedupeKey(Drafts.QuietId, Candidates.AcmeId, "2026-11-23");

        Assert.Equal("11111111111111111111111111111111:bbbbbbbb000000000000000000000001:2026-11-23", key.ToString());
        Assert.Equal("66666666666666666666666666666666:-:2026-11-23/x", new NurtureDedupeKey(Drafts.DigestId, null, "2026-11-23/x").ToString());
    }

    [Fact]
    public void The_longest_dedupe_key_text_is_116_characters_within_the_dedupe_key_columns_120()
    {
        var longest = new NurtureDedupeKey(Drafts.QuietId, Candidates.AcmeId, new string('w', 50)).ToString();

        Assert.Equal(116, longest.Length);
        Assert.Equal(116, NurtureDedupeKey.MaxTextLength);
        Assert.True(NurtureDedupeKey.MaxTextLength <= 120);
    }

    [Fact]
    public void A_rule_set_refuses_two_rules_with_one_id()
    {
        var rule = Build.Rule(Drafts.Quiet());

        Assert.Throws<ArgumentException>(() => new NurtureRuleSet(new[] { rule, Build.Rule(Drafts.Pigeonholed() with { Id = rule.Id }) }));
    }

    [Fact]
    public void A_rule_turned_back_into_a_draft_validates_to_the_same_settings()
    {
        var rule = Build.Rule(Drafts.Quiet() with { ConditionsJson = "{\"serviceLineCodes\":[\"TAX\"],\"minimumDaysInStage\":10}" });

        var again = Build.Rule(rule.ToDraft());

        Assert.Equal(rule.Conditions, again.Conditions);
        Assert.Equal(new[] { "TAX" }, again.Conditions.ServiceLineCodes);
        Assert.Equal(10, again.Conditions.MinimumDaysInStage);
        Assert.Equal(rule.Subject.Source, again.Subject.Source);
        Assert.Equal(rule.DueInDays, again.DueInDays);
    }

    [Fact]
    public void The_minimum_days_in_stage_condition_needs_a_known_stage_date()
    {
        var conditions = new NurtureConditions { MinimumDaysInStage = 200 };

        Assert.Equal("in its stage for 175 days, fewer than the 200 the rule's conditions ask", conditions.Check(Candidates.Acme(), Build.AsOf));
        Assert.Null(conditions.Check(Candidates.Acme() with { StageEnteredOn = Build.Utc(2025, 1, 1) }, Build.AsOf));
        Assert.NotNull(conditions.Check(Candidates.Acme() with { StageEnteredOn = null }, Build.AsOf));
    }

    [Theory]
    [InlineData(NurtureRuleType.Quiet, true, true, false)]
    [InlineData(NurtureRuleType.Pigeonholed, true, false, true)]
    [InlineData(NurtureRuleType.AdvocateCheckIn, false, true, false)]
    [InlineData(NurtureRuleType.NotNowRevisit, false, false, false)]
    [InlineData(NurtureRuleType.ReferralThanks, false, false, false)]
    [InlineData(NurtureRuleType.PartnerDigest, false, false, false)]
    public void Each_rule_type_requires_its_own_fields(NurtureRuleType type, bool stages, bool threshold, bool minimumEngagements)
    {
        var requirements = RuleTypeRequirements.For(type);

        Assert.Equal(type, requirements.Type);
        Assert.Equal(stages, requirements.UsesStages);
        Assert.Equal(threshold, requirements.UsesThreshold);
        Assert.Equal(minimumEngagements, requirements.UsesMinimumCompletedEngagements);
        Assert.Equal(type == NurtureRuleType.PartnerDigest, requirements.UsesSendEmail);
    }

    [Fact]
    public void Rule_type_choice_values_follow_the_shipped_option_order()
    {
        Assert.Equal(573100000, 573100000 + (int)NurtureRuleType.Quiet);
        Assert.Equal(573100005, 573100000 + (int)NurtureRuleType.PartnerDigest);
        Assert.Equal(573100004, 573100000 + (int)AssigneeType.SpecificTeam);
        Assert.Equal(573100002, 573100000 + (int)TaskPriority.High);
    }
}
