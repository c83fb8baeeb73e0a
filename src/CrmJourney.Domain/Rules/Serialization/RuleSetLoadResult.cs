using System.Collections.Generic;
using CrmJourney.Domain.Rules.Validation;

namespace CrmJourney.Domain.Rules.Serialization;

/// <summary>
/// The outcome of loading a rule-set JSON document: the rule set when everything is valid, otherwise
/// every problem found (syntax, unknown fields, wrong types, validation), each with its path in the
/// document such as <c>rules[2].thresholdDays</c>.
/// </summary>
public sealed class RuleSetLoadResult
{
    internal RuleSetLoadResult(NurtureRuleSet? ruleSet, IReadOnlyList<RuleProblem> problems)
    {
        RuleSet = ruleSet;
        Problems = problems;
    }

    /// <summary>The loaded rules, or null when there are problems.</summary>
    public NurtureRuleSet? RuleSet { get; }

    /// <summary>All problems, in document order; empty on success.</summary>
    public IReadOnlyList<RuleProblem> Problems { get; }

    /// <summary>True when the document loaded with no problem.</summary>
    public bool IsValid => RuleSet is not null;
}
