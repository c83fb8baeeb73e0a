using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.Domain.Rules;

/// <summary>
/// An ordered collection of validated rules with distinct ids (what a rule-set JSON file holds, and
/// what a sweep or preview runs). Immutable.
/// </summary>
public sealed class NurtureRuleSet
{
    /// <summary>Creates a set; two rules with the same id are refused (their firings would share keys).</summary>
    public NurtureRuleSet(IEnumerable<NurtureRule> rules)
    {
        Rules = (rules ?? throw new ArgumentNullException(nameof(rules))).ToList();
        var duplicate = Rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two rules share the id {duplicate.Key}: give each rule its own id.", nameof(rules));
        }
    }

    /// <summary>The rules, in file order.</summary>
    public IReadOnlyList<NurtureRule> Rules { get; }

    /// <summary>The rules the sweep runs (active ones), in order.</summary>
    public IReadOnlyList<NurtureRule> ActiveRules => Rules.Where(r => r.Active).ToList();
}
