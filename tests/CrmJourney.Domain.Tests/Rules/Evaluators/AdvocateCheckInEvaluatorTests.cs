using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;

namespace CrmJourney.Domain.Tests.Rules.Evaluators;

public sealed class AdvocateCheckInEvaluatorTests
{
    private readonly AdvocateCheckInEvaluator _evaluator = new();

    [Fact]
    public void An_advocate_not_contacted_for_the_threshold_gets_a_check_in()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Advocate()), Candidates.Advocate(), Build.Context());

        Assert.True(outcome.IsFired);
        Assert.Equal("Advocate not contacted for 200 days; last: email on 2026-05-07", outcome.Reason);
        Assert.Equal("Check in with Borealis SA", outcome.Action!.Subject);
    }

    [Fact]
    public void An_advocate_contacted_recently_is_left_alone()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Advocate()), Candidates.Advocate() with { LastTouchpointOn = Build.Utc(2026, 10, 1) }, Build.Context());

        Assert.Equal("Advocate contacted 53 days ago, under the 180-day threshold", outcome.Reason);
    }

    [Fact]
    public void A_detractor_never_gets_an_advocate_check_in()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Advocate()), Candidates.Advocate() with { Sentiment = FormerSentiment.Detractor }, Build.Context());

        Assert.Equal(RuleOutcomeKind.SkippedDetractor, outcome.Kind);
        Assert.Null(outcome.Action);
    }

    [Fact]
    public void A_former_client_of_unknown_sentiment_is_not_treated_as_an_advocate()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Advocate()), Candidates.Advocate() with { Sentiment = FormerSentiment.Unknown }, Build.Context());

        Assert.Equal(RuleOutcomeKind.NotFired, outcome.Kind);
        Assert.Contains("only advocates", outcome.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_advocate_sentiment_on_a_client_who_is_not_former_does_not_fire()
    {
        var active = new NurtureCandidate(Candidates.AcmeId, "Acme Ltd", JourneyStage.ActiveClient, Candidates.Owner) { Sentiment = FormerSentiment.Advocate, LastTouchpointOn = Build.Utc(2020, 1, 1) };

        Assert.Equal(RuleOutcomeKind.NotFired, _evaluator.Evaluate(Build.Rule(Drafts.Advocate()), active, Build.Context()).Kind);
    }

    [Fact]
    public void An_advocate_never_contacted_is_measured_from_becoming_a_former_client()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Advocate()), Candidates.Advocate() with { LastTouchpointOn = null }, Build.Context());

        Assert.Equal("Advocate never contacted; a former client for 682 days since 2025-01-10", outcome.Reason);
    }
}
