using System;
using System.Collections.Generic;
using CrmJourney.Domain.Rules.Validation;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>A rule the sweep skipped because it does not validate, with every problem (reported, never thrown).</summary>
/// <param name="RuleId">The rule's id (may be empty when that is one of the problems).</param>
/// <param name="Name">The rule's name as typed (may be blank).</param>
/// <param name="Problems">Why it is invalid.</param>
public sealed record InvalidRule(Guid RuleId, string? Name, IReadOnlyList<RuleProblem> Problems);
