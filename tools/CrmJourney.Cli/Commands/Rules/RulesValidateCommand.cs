using System.CommandLine;
using System.Globalization;
using CrmJourney.Cli.Rules;

namespace CrmJourney.Cli.Commands.Rules;

/// <summary>
/// <c>cjp rules validate FILE</c>: checks a rule-set JSON file and prints every problem as
/// <c>rules[2].thresholdDays: must be at least 1 — …</c> (exit 2), or one OK line (exit 0).
/// </summary>
public sealed class RulesValidateCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The rule-set JSON file ({\"rules\": [ ... ]})." };
        var command = new Command(
            "validate",
            """
            Check a rule-set JSON file: JSON syntax, unknown fields, value types, each rule's required fields,
            thresholds, placeholders and conditions. Prints every problem as 'path: problem — fix' and exits 2,
            or prints OK and exits 0. Writes nothing.

            Examples:
              cjp rules validate tools/CrmJourney.Cli/rules.default.json
              cjp rules validate my-rules.json
            """);
        command.Arguments.Add(file);
        command.SetAction(parseResult =>
        {
            var given = parseResult.GetRequiredValue(file);
            var rules = RuleSetFile.Load(context.FullPath(given), given, context.Out.Line);
            context.Out.Success(string.Create(CultureInfo.InvariantCulture, $"OK: {given} holds {rules.Rules.Count} valid rule{(rules.Rules.Count == 1 ? string.Empty : "s")} ({rules.ActiveRules.Count} active)."));
            return ExitCodes.Success;
        });
        return command;
    }
}
