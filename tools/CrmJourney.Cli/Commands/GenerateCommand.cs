using System.CommandLine;
using System.Globalization;
using System.Linq;
using CrmJourney.Cli.Organization;
using CrmJourney.Cli.Replay;

namespace CrmJourney.Cli.Commands;

/// <summary>
/// <c>cjp generate --accounts N --years N --seed N --out DIR</c>: the demo's firm alone, replayed through
/// the product's plugins (no nurture sweep), written as a CSV data folder for the other commands.
/// </summary>
public sealed class GenerateCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var generator = new GeneratorArguments();
        var output = new Option<string>("--out", "-o") { Description = "The data folder to write (replaced atomically if it exists).", Required = true };
        var command = new Command(
            "generate",
            """
            Generate a professional-services firm (partners, service lines, accounts in three tiers, contacts,
            opportunities, engagements, activities and referrals), replay its history through the product's
            plugins, and write the organization as a CSV data folder. The same seed gives the same bytes.

            Examples:
              cjp generate --out out/firm
              cjp generate --accounts 1000 --years 5 --seed 7 --out out/big-firm
            """);
        generator.AddTo(command);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var options = generator.Read(parseResult);
            var (organization, result) = FirmSimulation.Run(options, null, null, null);
            var folder = context.FullPath(parseResult.GetRequiredValue(output));
            var files = DataFolder.Save(organization, folder);
            context.Out.Success(string.Create(CultureInfo.InvariantCulture, $"Wrote {files.Count} tables to {folder}: {options.Accounts} accounts, {result.Sent.Values.Sum()} events replayed ({result.Refused} refused)."));
            return ExitCodes.Success;
        });
        return command;
    }
}
