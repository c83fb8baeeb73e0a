using System.CommandLine;
using CrmJourney.Cli.Commands.Rules;

namespace CrmJourney.Cli.Commands;

/// <summary>The <c>cjp rules</c> group: check a rule-set file, and preview what its rules would do on exported data.</summary>
public sealed class RulesCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var command = new Command(
            "rules",
            """
            Work with nurture rule sets (JSON files sales ops edit): validate them, preview what they would do.

            Examples:
              cjp rules validate tools/CrmJourney.Cli/rules.default.json
              cjp rules preview --data out/demo/data --rules tools/CrmJourney.Cli/rules.default.json --as-of 2026-11-02
            """);
        command.Subcommands.Add(new RulesValidateCommand().Build(context));
        command.Subcommands.Add(new RulesPreviewCommand().Build(context));
        return command;
    }
}
