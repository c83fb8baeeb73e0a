using System.Collections.Generic;

namespace CrmJourney.Domain.Rules.Validation;

/// <summary>
/// The outcome of validating one rule draft: the rule when it is valid, otherwise every problem found.
/// </summary>
public sealed class RuleValidationResult
{
    internal RuleValidationResult(NurtureRule? rule, IReadOnlyList<RuleProblem> problems)
    {
        Rule = rule;
        Problems = problems;
    }

    /// <summary>The validated rule, or null when there are problems.</summary>
    public NurtureRule? Rule { get; }

    /// <summary>All problems, in field order; empty when valid.</summary>
    public IReadOnlyList<RuleProblem> Problems { get; }

    /// <summary>True when the draft became a rule.</summary>
    public bool IsValid => Rule is not null;
}
