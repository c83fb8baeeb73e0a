using System.CommandLine;
using CrmJourney.Cli.Commands.Solution;

namespace CrmJourney.Cli.Commands;

/// <summary>
/// The <c>cjp solution</c> group: the Dataverse solution in solution-package/src — validate it,
/// regenerate its step files from the code, pack the importable zip, register after import the steps it cannot carry.
/// </summary>
public sealed class SolutionCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var command = new Command(
            "solution",
            """
            Work with the Dataverse solution in unpacked form (solution-package/src): validate it, regenerate
            its plugin step files from the code, pack the zip to import, and after the import register the
            steps the zip cannot carry.

            Examples:
              cjp solution validate
              cjp solution sync
              cjp solution pack --out out/CrmJourneyPlugins.zip
              cjp solution preview --out out/preview
              cjp solution register --connection "AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId=…;ClientSecret=…"
            """);
        command.Subcommands.Add(new SolutionValidateCommand().Build(context));
        command.Subcommands.Add(new SolutionSyncCommand().Build(context));
        command.Subcommands.Add(new SolutionPackCommand().Build(context));
        command.Subcommands.Add(new SolutionRegisterCommand().Build(context));
        command.Subcommands.Add(new SolutionPreviewCommand().Build(context));
        return command;
    }
}
