using System;
using CrmJourney.Domain.Rules;

namespace CrmJourney.Plugins.Sweep;

/// <summary>How often one valid rule fired in the sweep (tasks for account rules, digests for a digest rule).</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Name">The rule's name.</param>
/// <param name="Type">The rule's type.</param>
/// <param name="Fired">Firings recorded (or, on a dry run, that would be).</param>
public sealed record RuleFiringCount(Guid RuleId, string Name, NurtureRuleType Type, int Fired);
