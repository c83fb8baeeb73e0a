using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;

namespace CrmJourney.Domain.Tests.Rules.Evaluators;

public sealed class NotNowRevisitEvaluatorTests
{
    private readonly NotNowRevisitEvaluator _evaluator = new();

    [Fact]
    public void A_not_now_prospect_whose_revisit_date_has_passed_is_revisited_by_the_owner()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.NotNow()), Candidates.NotNowProspect(), Build.Context());

        Assert.True(outcome.IsFired);
        Assert.Equal("Not-now prospect due for a revisit on 2026-11-01", outcome.Reason);
        Assert.Equal("Revisit Cobalt GmbH (planned 2026-11-01)", outcome.Action!.Subject);
        Assert.Equal(Candidates.Owner, outcome.Action.Assignee);
        Assert.Equal(Build.Utc(2026, 11, 23), outcome.Action.DueOn);
    }

    [Fact]
    public void A_revisit_date_of_today_fires()
    {
        Assert.True(_evaluator.Evaluate(Build.Rule(Drafts.NotNow()), Candidates.NotNowProspect() with { RevisitOn = Build.Utc(2026, 11, 23) }, Build.Context()).IsFired);
    }

    [Fact]
    public void A_revisit_date_still_ahead_does_not_fire()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.NotNow()), Candidates.NotNowProspect() with { RevisitOn = Build.Utc(2026, 11, 24) }, Build.Context());

        Assert.Equal("Revisit date 2026-11-24 has not come yet", outcome.Reason);
    }

    [Fact]
    public void A_not_now_prospect_without_a_revisit_date_does_not_fire_and_says_how_to_fix_it()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.NotNow()), Candidates.NotNowProspect() with { RevisitOn = null }, Build.Context());

        Assert.Contains("set cjp_revisiton", outcome.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_prospect_still_open_or_refused_is_not_revisited()
    {
        var open = _evaluator.Evaluate(Build.Rule(Drafts.NotNow()), Candidates.NotNowProspect() with { ProspectOutcome = ProspectOutcome.Open }, Build.Context());
        var noWay = _evaluator.Evaluate(Build.Rule(Drafts.NotNow()), Candidates.NotNowProspect() with { ProspectOutcome = ProspectOutcome.NoWay }, Build.Context());

        Assert.Equal(RuleOutcomeKind.NotFired, open.Kind);
        Assert.Equal(RuleOutcomeKind.NotFired, noWay.Kind);
    }

    [Fact]
    public void A_revisit_already_fired_within_the_cooldown_is_not_repeated()
    {
        var prior = Build.Firing(Drafts.NotNowId, Candidates.NotNowProspect().AccountId, Build.Utc(2026, 11, 2));

        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.NotNow()), Candidates.NotNowProspect(), Build.Context(prior: new[] { prior }));

        Assert.Equal(RuleOutcomeKind.SkippedForCooldown, outcome.Kind);
    }

    [Fact]
    public void A_detractor_prospect_is_never_revisited()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.NotNow()), Candidates.NotNowProspect() with { Sentiment = FormerSentiment.Detractor }, Build.Context());

        Assert.Equal(RuleOutcomeKind.SkippedDetractor, outcome.Kind);
    }
}
