using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;

namespace CrmJourney.Domain.Tests.Rules.Evaluators;

public sealed class NurtureRuleEvaluatorTests
{
    [Fact]
    public void The_dispatcher_evaluates_each_sweep_rule_with_its_own_evaluator()
    {
        Assert.StartsWith("No touchpoint", NurtureRuleEvaluator.Evaluate(Build.Rule(Drafts.Quiet()), Candidates.Acme(), Build.Context()).Reason, System.StringComparison.Ordinal);
        Assert.StartsWith("Bought only", NurtureRuleEvaluator.Evaluate(Build.Rule(Drafts.Pigeonholed()), Candidates.Acme(), Build.Context()).Reason, System.StringComparison.Ordinal);
        Assert.StartsWith("Advocate not contacted", NurtureRuleEvaluator.Evaluate(Build.Rule(Drafts.Advocate()), Candidates.Advocate(), Build.Context()).Reason, System.StringComparison.Ordinal);
        Assert.StartsWith("Not-now prospect", NurtureRuleEvaluator.Evaluate(Build.Rule(Drafts.NotNow()), Candidates.NotNowProspect(), Build.Context()).Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_digest_rule_is_not_evaluated_per_account()
    {
        Assert.Equal(RuleOutcomeKind.NotFired, NurtureRuleEvaluator.Evaluate(Build.Rule(Drafts.Digest()), Candidates.Acme(), Build.Context()).Kind);
    }
}
