using System;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;

namespace CrmJourney.Domain.Tests.Rules.Evaluators;

public sealed class QuietEvaluatorTests
{
    private readonly QuietEvaluator _evaluator = new();

    [Fact]
    public void A_client_silent_beyond_the_threshold_gets_a_task_with_the_reason()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Quiet()), Candidates.Acme(), Build.Context());

        Assert.Equal(RuleOutcomeKind.Fired, outcome.Kind);
        var action = outcome.Action!;
        Assert.Equal("No touchpoint for 143 days; last: meeting on 2026-07-03", action.Reason);
        Assert.Equal("Reach out to Acme Ltd", action.Subject);
        Assert.Equal("No touchpoint for 143 days; last: meeting on 2026-07-03", action.Description);
        Assert.Equal(Candidates.Partner, action.Assignee);
        Assert.Equal(Build.Utc(2026, 11, 30), action.DueOn);
        Assert.Equal(TaskPriority.High, action.Priority);
        Assert.Equal(Candidates.AcmeId, action.AccountId);
        Assert.Equal(new NurtureDedupeKey(Drafts.QuietId, Candidates.AcmeId, "2026-11-23"), action.Key);
    }

    [Fact]
    public void A_client_touched_within_the_threshold_is_not_quiet()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Quiet()), Candidates.Acme() with { LastTouchpointOn = Build.Utc(2026, 11, 1) }, Build.Context());

        Assert.Equal(RuleOutcomeKind.NotFired, outcome.Kind);
        Assert.Equal("Last touchpoint 22 days ago, under the 90-day threshold", outcome.Reason);
        Assert.Null(outcome.Key);
    }

    [Fact]
    public void Silence_of_exactly_the_threshold_fires()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Quiet()), Candidates.Acme() with { LastTouchpointOn = Build.Utc(2026, 8, 25) }, Build.Context());

        Assert.StartsWith("No touchpoint for 90 days;", outcome.Reason, StringComparison.Ordinal);
        Assert.True(outcome.IsFired);
    }

    [Fact]
    public void The_time_of_day_of_the_sweep_does_not_change_the_day_count()
    {
        var rule = Build.Rule(Drafts.Quiet());
        var early = _evaluator.Evaluate(rule, Candidates.Acme(), Build.Context(new DateTime(2026, 11, 23, 0, 1, 0, DateTimeKind.Utc)));
        var late = _evaluator.Evaluate(rule, Candidates.Acme(), Build.Context(new DateTime(2026, 11, 23, 23, 59, 0, DateTimeKind.Utc)));

        Assert.Equal(early.Reason, late.Reason);
        Assert.Equal(early.Key, late.Key);
    }

    [Fact]
    public void A_client_in_a_stage_the_rule_does_not_watch_is_left_alone()
    {
        var candidate = new NurtureCandidate(Candidates.AcmeId, "Acme Ltd", JourneyStage.ActiveClient, Candidates.Owner) { LastTouchpointOn = Build.Utc(2020, 1, 1) };

        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Quiet()), candidate, Build.Context());

        Assert.Equal(RuleOutcomeKind.NotFired, outcome.Kind);
        Assert.Equal("Stage Active client is not watched (the rule watches Between engagements)", outcome.Reason);
    }

    [Fact]
    public void A_client_in_a_tier_the_rule_does_not_watch_is_left_alone()
    {
        var rule = Build.Rule(Drafts.Quiet() with { Tiers = new[] { ClientTier.Tier2, ClientTier.Tier3 } });

        var outcome = _evaluator.Evaluate(rule, Candidates.Acme(), Build.Context());

        Assert.Equal("Tier 1 is not watched (the rule watches Tier 2, Tier 3)", outcome.Reason);
    }

    [Fact]
    public void An_account_without_a_tier_is_watched_only_by_rules_that_watch_every_tier()
    {
        var untiered = Candidates.Acme() with { Tier = null };

        var allTiers = _evaluator.Evaluate(Build.Rule(Drafts.Quiet()), untiered, Build.Context());
        var tierOne = _evaluator.Evaluate(Build.Rule(Drafts.Quiet() with { Tiers = new[] { ClientTier.Tier1 } }), untiered, Build.Context());

        Assert.True(allTiers.IsFired);
        Assert.Equal("The account has no tier and the rule watches only Tier 1", tierOne.Reason);
    }

    [Fact]
    public void Without_any_touchpoint_silence_is_counted_from_the_stage_entered_date()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Quiet()), Candidates.Acme() with { LastTouchpointOn = null, LastTouchpointChannel = null }, Build.Context());

        Assert.True(outcome.IsFired);
        Assert.Equal("No touchpoint ever recorded; 175 days in Between engagements since 2026-06-01", outcome.Reason);
    }

    [Fact]
    public void Without_touchpoint_or_stage_date_silence_is_counted_from_the_first_engagement()
    {
        var candidate = Candidates.Acme() with { LastTouchpointOn = null, StageEnteredOn = null, FirstEngagementOn = Build.Utc(2026, 8, 1) };

        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Quiet()), candidate, Build.Context());

        Assert.Equal("No touchpoint ever recorded; 114 days since the first engagement started on 2026-08-01", outcome.Reason);
    }

    [Fact]
    public void Without_any_date_to_measure_from_the_rule_does_not_fire_and_says_why()
    {
        var candidate = Candidates.Acme() with { LastTouchpointOn = null, StageEnteredOn = null, FirstEngagementOn = null };

        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Quiet()), candidate, Build.Context());

        Assert.Equal(RuleOutcomeKind.NotFired, outcome.Kind);
        Assert.StartsWith("Cannot measure silence", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_detractor_never_gets_a_quiet_task()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Quiet() with { Stages = new[] { JourneyStage.FormerClient, JourneyStage.BetweenEngagements } }), Candidates.Acme() with { Sentiment = FormerSentiment.Detractor }, Build.Context());

        Assert.Equal(RuleOutcomeKind.SkippedDetractor, outcome.Kind);
        Assert.Null(outcome.Action);
    }

    [Fact]
    public void Extra_conditions_can_leave_long_lost_clients_alone()
    {
        var rule = Build.Rule(Drafts.Quiet() with { ConditionsJson = "{\"maximumDaysSinceTouchpoint\": 100}" });

        var outcome = _evaluator.Evaluate(rule, Candidates.Acme(), Build.Context());

        Assert.Equal(RuleOutcomeKind.NotFired, outcome.Kind);
        Assert.Equal("The account is silent for 143 days, beyond the 100 days the rule's conditions allow", outcome.Reason);
    }

    [Fact]
    public void Extra_conditions_on_service_lines_match_catalogue_codes_ignoring_case()
    {
        var matching = Build.Rule(Drafts.Quiet() with { ConditionsJson = "{\"serviceLineCodes\": [\"tax\"]}" });
        var other = Build.Rule(Drafts.Quiet() with { ConditionsJson = "{\"serviceLineCodes\": [\"AUD\"]}" });

        Assert.True(_evaluator.Evaluate(matching, Candidates.Acme(), Build.Context()).IsFired);
        Assert.Equal(RuleOutcomeKind.NotFired, _evaluator.Evaluate(other, Candidates.Acme(), Build.Context()).Kind);
    }

    [Fact]
    public void An_inactive_rule_still_evaluates_so_it_can_be_previewed()
    {
        Assert.True(_evaluator.Evaluate(Build.Rule(Drafts.Quiet() with { Active = false }), Candidates.Acme(), Build.Context()).IsFired);
    }

    [Fact]
    public void A_rule_of_another_type_is_refused_as_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => _evaluator.Evaluate(Build.Rule(Drafts.Advocate()), Candidates.Acme(), Build.Context()));
    }

    [Fact]
    public void A_long_subject_is_cut_to_the_task_subject_length()
    {
        var rule = Build.Rule(Drafts.Quiet() with { Subject = new string('x', 250) + "{account.name}" });

        var subject = _evaluator.Evaluate(rule, Candidates.Acme(), Build.Context()).Action!.Subject;

        Assert.Equal(200, subject.Length);
        Assert.EndsWith("x…", subject, StringComparison.Ordinal);
    }
}
