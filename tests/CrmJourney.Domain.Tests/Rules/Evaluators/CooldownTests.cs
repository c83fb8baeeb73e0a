using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;

namespace CrmJourney.Domain.Tests.Rules.Evaluators;

public sealed class CooldownTests
{
    private readonly QuietEvaluator _evaluator = new();

    [Fact]
    public void A_firing_within_the_cooldown_blocks_a_new_one_and_keeps_its_key()
    {
        var prior = Build.Firing(Drafts.QuietId, Candidates.AcmeId, Build.Utc(2026, 11, 10));

        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Quiet()), Candidates.Acme(), Build.Context(prior: new[] { prior }));

        Assert.Equal(RuleOutcomeKind.SkippedForCooldown, outcome.Kind);
        Assert.Equal("Fired on 2026-11-10; the 30-day cooldown runs until 2026-12-10", outcome.Reason);
        Assert.Equal(new NurtureDedupeKey(Drafts.QuietId, Candidates.AcmeId, "2026-11-10"), outcome.Key);
    }

    [Fact]
    public void After_the_cooldown_the_rule_fires_again_with_a_new_key()
    {
        var prior = Build.Firing(Drafts.QuietId, Candidates.AcmeId, Build.Utc(2026, 10, 24));

        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Quiet()), Candidates.Acme(), Build.Context(prior: new[] { prior }));

        Assert.True(outcome.IsFired);
        Assert.Equal("2026-11-23", outcome.Key!.Window);
    }

    [Fact]
    public void An_open_task_from_an_old_firing_blocks_a_new_one_even_after_the_cooldown()
    {
        var prior = Build.Firing(Drafts.QuietId, Candidates.AcmeId, Build.Utc(2026, 1, 5), taskOpen: true);

        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Quiet()), Candidates.Acme(), Build.Context(prior: new[] { prior }));

        Assert.Equal(RuleOutcomeKind.SkippedOpenTask, outcome.Kind);
        Assert.Equal("A task from this rule's firing on 2026-01-05 is still open", outcome.Reason);
        Assert.Equal("2026-01-05", outcome.Key!.Window);
    }

    [Fact]
    public void With_no_cooldown_a_second_sweep_on_the_same_day_does_not_fire_twice()
    {
        var rule = Build.Rule(Drafts.Quiet() with { CooldownDays = 0 });
        var first = _evaluator.Evaluate(rule, Candidates.Acme(), Build.Context());
        var prior = new PriorFiring(rule.Id, Candidates.AcmeId, first.Key!.Window, first.Action!.FiredOn, TaskOpen: false);

        var second = _evaluator.Evaluate(rule, Candidates.Acme(), Build.Context(Build.AsOf.AddHours(5), new[] { prior }));

        Assert.Equal(RuleOutcomeKind.SkippedForCooldown, second.Kind);
        Assert.Equal("Already fired on 2026-11-23; with no cooldown the rule fires at most once a day", second.Reason);
        Assert.Equal(first.Key, second.Key);
    }

    [Fact]
    public void With_no_cooldown_the_rule_may_fire_again_the_next_day()
    {
        var rule = Build.Rule(Drafts.Quiet() with { CooldownDays = 0 });
        var prior = Build.Firing(rule.Id, Candidates.AcmeId, Build.Utc(2026, 11, 22));

        var outcome = _evaluator.Evaluate(rule, Candidates.Acme(), Build.Context(prior: new[] { prior }));

        Assert.True(outcome.IsFired);
        Assert.Equal("2026-11-23", outcome.Key!.Window);
    }

    [Fact]
    public void Firings_of_other_rules_or_other_accounts_do_not_block()
    {
        var prior = new[]
        {
            Build.Firing(Drafts.AdvocateId, Candidates.AcmeId, Build.Utc(2026, 11, 20), taskOpen: true),
            Build.Firing(Drafts.QuietId, Candidates.Advocate().AccountId, Build.Utc(2026, 11, 20), taskOpen: true),
        };

        Assert.True(_evaluator.Evaluate(Build.Rule(Drafts.Quiet()), Candidates.Acme(), Build.Context(prior: prior)).IsFired);
    }

    [Fact]
    public void A_preview_as_of_a_past_date_ignores_firings_recorded_after_it()
    {
        var later = Build.Firing(Drafts.QuietId, Candidates.AcmeId, Build.Utc(2026, 11, 25), taskOpen: true);

        Assert.True(_evaluator.Evaluate(Build.Rule(Drafts.Quiet()), Candidates.Acme(), Build.Context(prior: new[] { later })).IsFired);
    }
}
