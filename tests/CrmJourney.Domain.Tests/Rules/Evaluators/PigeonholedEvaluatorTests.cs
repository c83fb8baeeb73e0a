using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;

namespace CrmJourney.Domain.Tests.Rules.Evaluators;

public sealed class PigeonholedEvaluatorTests
{
    private readonly PigeonholedEvaluator _evaluator = new();

    [Fact]
    public void A_client_who_bought_one_line_repeatedly_is_told_about_the_others()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Pigeonholed()), Candidates.Acme(), Build.Context());

        Assert.True(outcome.IsFired);
        Assert.Equal("Bought only Tax advisory in 4 engagements; introduce Audit, Transaction services", outcome.Reason);
        Assert.Equal("Introduce Audit, Transaction services to Acme Ltd", outcome.Action!.Subject);
        Assert.Equal(Build.Utc(2026, 12, 7), outcome.Action.DueOn);
    }

    [Fact]
    public void With_affinity_evidence_the_rule_names_the_line_most_bought_by_clients_of_the_same_line()
    {
        // Tax advisory: 8 clients; 3 of them also bought Audit, 1 Transaction services. Audit: 3/8 = 37.5% → "38%".
        var counts = new[]
        {
            new CrmJourney.Domain.Metrics.ServiceLinePairCount(Build.Tax.Id, Build.Tax.Id, 8),
            new CrmJourney.Domain.Metrics.ServiceLinePairCount(Build.Tax.Id, Build.Audit.Id, 3),
            new CrmJourney.Domain.Metrics.ServiceLinePairCount(Build.Tax.Id, Build.Deals.Id, 1),
        };
        var context = new EvaluationContext(new CrmJourney.Domain.Time.FixedClock(Build.AsOf), Build.Catalogue, System.Array.Empty<PriorFiring>())
        {
            Affinity = CrmJourney.Domain.Metrics.ServiceLineAffinity.FromCounts(counts),
        };
        var rule = Build.Rule(Drafts.Pigeonholed() with { Subject = "Introduce {servicelines.suggested} to {account.name}" });

        var outcome = _evaluator.Evaluate(rule, Candidates.Acme(), context);

        Assert.Equal("Bought only Tax advisory in 4 engagements; introduce Audit — 38% of Tax advisory clients also bought it", outcome.Reason);
        Assert.Equal("Introduce Audit to Acme Ltd", outcome.Action!.Subject);
        Assert.True(PigeonholedEvaluator.Flags(rule, Candidates.Acme(), context));
        Assert.False(PigeonholedEvaluator.Flags(rule, Candidates.Acme() with { ServiceLinesUsed = new[] { Build.Tax, Build.Audit } }, context));
    }

    [Fact]
    public void Fewer_completed_engagements_than_the_minimum_do_not_fire()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Pigeonholed()), Candidates.Acme() with { CompletedEngagementCount = 2 }, Build.Context());

        Assert.Equal("2 completed engagements, fewer than the 3 the rule asks", outcome.Reason);
    }

    [Fact]
    public void A_client_with_two_service_lines_is_not_pigeonholed()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Pigeonholed()), Candidates.Acme() with { ServiceLinesUsed = new[] { Build.Tax, Build.Audit } }, Build.Context());

        Assert.Equal(RuleOutcomeKind.NotFired, outcome.Kind);
        Assert.Equal("Bought 2 service lines, so not pigeonholed", outcome.Reason);
    }

    [Fact]
    public void The_same_service_line_listed_twice_still_counts_as_one()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Pigeonholed()), Candidates.Acme() with { ServiceLinesUsed = new[] { Build.Tax, Build.Tax } }, Build.Context());

        Assert.True(outcome.IsFired);
    }

    [Fact]
    public void A_catalogue_with_nothing_else_to_offer_does_not_fire()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Pigeonholed()), Candidates.Acme(), Build.Context(catalogue: new[] { Build.Tax }));

        Assert.Equal("Bought only Tax advisory, but the catalogue offers no other service line", outcome.Reason);
    }

    [Fact]
    public void An_account_with_no_known_service_line_does_not_fire()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Pigeonholed()), Candidates.Acme() with { ServiceLinesUsed = System.Array.Empty<CrmJourney.Domain.Engagements.ServiceLine>() }, Build.Context());

        Assert.Equal(RuleOutcomeKind.NotFired, outcome.Kind);
    }

    [Fact]
    public void A_detractor_is_never_pointed_to_other_service_lines()
    {
        var outcome = _evaluator.Evaluate(Build.Rule(Drafts.Pigeonholed()), Candidates.Acme() with { Sentiment = FormerSentiment.Detractor }, Build.Context());

        Assert.Equal(RuleOutcomeKind.SkippedDetractor, outcome.Kind);
    }

    [Fact]
    public void The_service_line_placeholders_render_used_and_other_lines()
    {
        var rule = Build.Rule(Drafts.Pigeonholed() with { Description = "Used: {servicelines.used}. Other: {servicelines.other}. Count: {engagements.completed}." });

        var description = _evaluator.Evaluate(rule, Candidates.Acme(), Build.Context()).Action!.Description;

        Assert.Equal("Used: Tax advisory. Other: Audit, Transaction services. Count: 4.", description);
    }
}
