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

    [Fact]
    public void The_rule_form_Preview_button_calls_the_scripts_preview_function_with_the_form()
    {
        var entity = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryRoot.ShippedSolution, "Entities", "cjp_nurturerule", "Entity.xml"));
        var button = entity.Descendants("Button").Single(b => (string?)b.Attribute("Id") == "cjp.cjp_nurturerule.Preview.Button");
        var command = entity.Descendants("CommandDefinition").Single(c => (string?)c.Attribute("Id") == (string?)button.Attribute("Command"));
        var function = command.Descendants("JavaScriptFunction").Single();
        var library = ((string)function.Attribute("Library")!).Replace("$webresource:", string.Empty, StringComparison.Ordinal);

        Assert.StartsWith("Mscrm.Form.cjp_nurturerule.", (string)button.Parent!.Parent!.Attribute("Location")!, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.ShippedSolution, "WebResources", library.Replace('/', Path.DirectorySeparatorChar) + ".data.xml")), $"{library} is not a shipped web resource.");
        Assert.Equal("CrmJourney.NurtureRuleForm.preview", (string?)function.Attribute("FunctionName"));
        Assert.Matches(@"\bpreview: preview\b", _script);
        Assert.Equal("PrimaryControl", (string?)function.Element("CrmParameter")!.Attribute("Value"));
    }

    [Fact]
    public void Every_handler_the_nurture_rule_form_registers_is_a_function_the_script_exports()
    {
        var forms = Directory.GetFiles(Path.Combine(RepositoryRoot.ShippedSolution, "Entities", "cjp_nurturerule", "FormXml"), "*.xml", SearchOption.AllDirectories);
        var handlers = forms.SelectMany(f => System.Xml.Linq.XDocument.Load(f).Descendants("Handler"))
            .Where(h => (string?)h.Attribute("libraryName") == "cjp_/scripts/nurtureruleform.js")
            .Select(h => (string)h.Attribute("functionName")!)
            .ToList();

        Assert.NotEmpty(handlers);
        Assert.All(handlers, name =>
        {
            Assert.StartsWith("CrmJourney.NurtureRuleForm.", name, StringComparison.Ordinal);
            var member = name.Substring("CrmJourney.NurtureRuleForm.".Length);
            Assert.Matches($@"\b{member}: {member}\b", _script);
        });
    }
}
