namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// Evaluates one sweep rule type (Quiet, Pigeonholed, Advocate check-in, Not-now revisit) for one
/// account. Implementations are pure and stateless: the same rule, candidate and context always give
/// the same outcome. They do not look at <see cref="NurtureRule.Active"/>, so previews can evaluate
/// rules that are not switched on; the sweep passes only active rules.
/// </summary>
public interface IAccountRuleEvaluator
{
    /// <summary>The rule type this evaluator handles.</summary>
    NurtureRuleType Type { get; }

    /// <summary>Evaluates <paramref name="rule"/> (of <see cref="Type"/>) for <paramref name="candidate"/>.</summary>
    RuleOutcome Evaluate(NurtureRule rule, NurtureCandidate candidate, EvaluationContext context);
}
