using System.Linq;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;

namespace CrmJourney.Domain.Tests.Rules.Evaluators;

public sealed class NurtureSweepEvaluatorTests
{
    [Fact]
    public void An_invalid_rule_is_skipped_and_reported_while_the_others_run()
    {
        var broken = Drafts.Advocate() with { ThresholdDays = 0 };

        var result = NurtureSweepEvaluator.Evaluate(new[] { broken, Drafts.Quiet() }, new[] { Candidates.Acme() }, Build.Context());

        var invalid = Assert.Single(result.InvalidRules);
        Assert.Equal(Drafts.AdvocateId, invalid.RuleId);
        Assert.Equal("thresholdDays", Assert.Single(invalid.Problems).Field);
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(Drafts.QuietId, outcome.RuleId);
        Assert.True(outcome.Outcome.IsFired);
    }

    [Fact]
    public void Every_account_rule_meets_every_candidate_and_the_digest_lists_the_firings()
    {
        var detractor = Candidates.Other(9, "Grim Ltd", Candidates.Partner) with { Sentiment = FormerSentiment.Detractor, LastTouchpointOn = Build.Utc(2025, 1, 1) };
        var candidates = new[] { Candidates.Acme(), Candidates.Advocate(), detractor };

        var result = NurtureSweepEvaluator.Evaluate(new[] { Drafts.Quiet(), Drafts.Pigeonholed(), Drafts.Advocate(), Drafts.Referral(), Drafts.Digest() }, candidates, Build.Context());

        Assert.Equal(9, result.Outcomes.Count);
        Assert.Equal(3, result.Outcomes.Count(o => o.Outcome.IsFired));
        Assert.Equal(3, result.Outcomes.Count(o => o.Outcome.Kind == RuleOutcomeKind.SkippedDetractor));
        var digest = Assert.Single(Assert.Single(result.Digests).Digests);
        Assert.Equal(Candidates.Partner, digest.Recipient);
        Assert.Equal(new[] { "Acme Ltd", "Borealis SA" }, digest.Entries.Select(e => e.AccountName));
        Assert.Equal(2, digest.Entries[0].Reasons.Count);
    }
}
