using System.CommandLine;
using System.Globalization;
using System.Linq;
using CrmJourney.Cli.Organization;
using CrmJourney.Cli.Replay;

namespace CrmJourney.Cli.Commands;

/// <summary>
/// <c>cjp generate --accounts N --years N --seed N --out DIR</c>: the demo's firm alone, replayed through
/// the product's plugins (no nurture sweep), written as a CSV data folder (or, with --format cmt, a
/// Configuration Migration package) for the other commands.
/// </summary>
public sealed class GenerateCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var generator = new GeneratorArguments();
        var output = new Option<string>("--out", "-o") { Description = "The data folder (or, with --format cmt, data.zip) to write (replaced atomically if it exists).", Required = true };
        var format = new Option<string>("--format")
        {
            Description = "csv: LocalOrg's CSV folder (default); cmt: a Configuration Migration package, as 'pac data export' writes it — a data.zip when --out ends in .zip, else a folder of data.xml, data_schema.xml and [Content_Types].xml.",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "cmt");
        var lockWait = CommonOptions.LockWait();
        var command = new Command(
            "generate",
            """
            Generate a professional-services firm (partners, service lines, accounts in three tiers, contacts,
            opportunities, engagements, activities and referrals), replay its history through the product's
            plugins, and write the organization as a CSV data folder. The same seed gives the same bytes.

            Examples:
              cjp generate --out out/firm
              cjp generate --accounts 1000 --years 5 --seed 7 --out out/big-firm
              cjp generate --format cmt --out out/firm-data.zip
            """);
        generator.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(format);
        command.Options.Add(lockWait);
        command.SetAction(parseResult =>
        {
            var options = generator.Read(parseResult);
            var wait = CommonOptions.ParseLockWait(parseResult.GetValue(lockWait));
            var (organization, result) = FirmSimulation.Run(options, null, null, null);
            var given = parseResult.GetRequiredValue(output);
            var folder = context.FullPath(given);
            var form = parseResult.GetValue(format) == "cmt"
                ? folder.EndsWith(LocalOrg.Cmt.CmtFormat.ZipExtension, System.StringComparison.OrdinalIgnoreCase) ? DataFolderFormat.CmtZip : DataFolderFormat.CmtFolder
                : DataFolderFormat.Csv;
            using var writer = DataFolderLock.Acquire(folder, given, "generate", wait);
            var files = DataFolder.Save(organization, folder, form);
            context.Out.Success(string.Create(CultureInfo.InvariantCulture, $"Wrote {files.Count} tables to {folder}: {options.Accounts} accounts, {result.Sent.Values.Sum()} events replayed ({result.Refused} refused)."));
            return ExitCodes.Success;
        });
        return command;
    }
}
