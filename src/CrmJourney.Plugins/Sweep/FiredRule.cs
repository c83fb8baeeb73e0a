using CrmJourney.Domain.Rules;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// One per-account rule that fired: the rule, the account and the action it asks for. A record rather
/// than a tuple: the plugin's net462 build has no System.ValueTuple with the real SDK.
/// </summary>
/// <param name="Rule">The rule that fired.</param>
/// <param name="Candidate">The account it fired for.</param>
/// <param name="Action">The task it asks for.</param>
internal sealed record FiredRule(NurtureRule Rule, NurtureCandidate Candidate, NurtureAction Action);
