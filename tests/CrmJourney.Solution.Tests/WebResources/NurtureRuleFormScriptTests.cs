using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CrmJourney.Domain.Rules;
using CrmJourney.Solution.Tests.Support;

namespace CrmJourney.Solution.Tests.WebResources;

/// <summary>
/// The nurture rule form script's rule-type table (which fields each type shows and requires, which placeholders
/// its texts may use) must say what the rule validator enforces, or the form would hide a field the validator
/// requires or offer a placeholder it refuses.
/// </summary>
public sealed class NurtureRuleFormScriptTests
{
    private static readonly string _script = File.ReadAllText(Path.Combine(RepositoryRoot.ShippedSolution, "WebResources", "cjp_", "scripts", "nurtureruleform.js"));

    private static Match Entry(NurtureRuleType type)
    {
        var value = 573100000 + (int)type;
        var match = Regex.Match(_script, "\"" + value + "\": \\{ name: \"(?<name>\\w+)\", stages: (?<stages>true|false), threshold: (?<threshold>true|false), minimumEngagements: (?<minimum>true|false), sendEmail: (?<email>true|false), placeholders: \\[(?<placeholders>[^\\]]*)\\] \\}");
        Assert.True(match.Success, $"The script's rule-type table has no well-formed entry for {type} ({value}).");
        return match;
    }

    public static TheoryData<NurtureRuleType> RuleTypes() => new(Enum.GetValues<NurtureRuleType>());

    [Theory]
    [MemberData(nameof(RuleTypes))]
    public void The_script_shows_the_fields_and_placeholders_the_validator_expects_of_each_rule_type(NurtureRuleType type)
    {
        var requirements = RuleTypeRequirements.For(type);
        var entry = Entry(type);

        Assert.Equal(type.ToString(), entry.Groups["name"].Value);
        Assert.Equal(requirements.UsesStages, bool.Parse(entry.Groups["stages"].Value));
        Assert.Equal(requirements.UsesThreshold, bool.Parse(entry.Groups["threshold"].Value));
        Assert.Equal(requirements.UsesMinimumCompletedEngagements, bool.Parse(entry.Groups["minimum"].Value));
        Assert.Equal(requirements.UsesSendEmail, bool.Parse(entry.Groups["email"].Value));
        var placeholders = Regex.Matches(entry.Groups["placeholders"].Value, "\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(requirements.Placeholders, placeholders);
    }

    [Fact]
    public void The_table_has_one_entry_per_rule_type_and_no_other()
    {
        var table = _script.Substring(_script.IndexOf("// <rule types", StringComparison.Ordinal));
        table = table.Substring(0, table.IndexOf("// </rule types>", StringComparison.Ordinal));

        Assert.Equal(Enum.GetValues<NurtureRuleType>().Length, Regex.Matches(table, "\"5731000\\d\\d\": \\{").Count);
    }
}
