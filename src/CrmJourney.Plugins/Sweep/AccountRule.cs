using CrmJourney.Domain.Rules;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// A valid per-account rule of the sweep: the draft the evaluator reads and the rule it validated to.
/// A record rather than a tuple: the plugin's net462 build has no System.ValueTuple with the real SDK.
/// </summary>
/// <param name="Draft">The rule as stored.</param>
/// <param name="Rule">The validated rule.</param>
internal sealed record AccountRule(NurtureRuleDraft Draft, NurtureRule Rule);
