using System;
using System.Globalization;
using System.IO;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Serialization;

namespace CrmJourney.Cli.Rules;

/// <summary>
/// Reads a rule-set JSON file (the format sales ops edit, <see cref="NurtureRuleSetJson"/>): a missing or
/// invalid file is bad input, every problem printed as <c>rules[2].thresholdDays: must be at least 1 — …</c>.
/// </summary>
public static class RuleSetFile
{
    /// <summary>The default rule set shipped next to cjp.</summary>
    public const string DefaultFileName = "rules.default.json";

    /// <summary>The path of the shipped default rule set.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, DefaultFileName);

    /// <summary>Loads <paramref name="path"/>; problems go to <paramref name="problems"/> and end in a <see cref="CliFailure"/>.</summary>
    public static NurtureRuleSet Load(string path, string shownAs, Action<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (!File.Exists(path))
        {
            throw CliFailure.BadInput($"The rules file {shownAs} does not exist; pass a rule-set JSON file such as tools/CrmJourney.Cli/{DefaultFileName}.");
        }

        var result = NurtureRuleSetJson.Load(File.ReadAllText(path));
        if (result.RuleSet is { } ruleSet)
        {
            return ruleSet;
        }

        foreach (var problem in result.Problems)
        {
            problems(problem.ToString());
        }

        throw CliFailure.BadInput(string.Create(CultureInfo.InvariantCulture, $"The rules file {shownAs} has {result.Problems.Count} problem{(result.Problems.Count == 1 ? string.Empty : "s")} (listed above); fix {(result.Problems.Count == 1 ? "it" : "them")} and run again."));
    }
}
