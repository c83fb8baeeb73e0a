using System.CommandLine;
using CrmJourney.Cli.Remote;

namespace CrmJourney.Cli.Commands;

/// <summary>
/// <c>cjp sweep</c>: the nurture sweep over a data folder, or against a real organization with
/// --connection. The remote path needs the real SDK (built with -p:XrmSdk=NuGet); in the default
/// stand-in build it says so and exits 2. The local path runs the plugins' sweep engine
/// (CrmJourney.Plugins.Sweep.NurtureSweep), which this build does not contain yet: it says so and exits 1
/// rather than pretending.
/// </summary>
public sealed class SweepCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var data = new Option<string?>("--data") { Description = "The data folder to sweep (results are written back unless --dry-run)." };
        var rules = new Option<string?>("--rules") { Description = "The rule-set JSON file (default: the shipped rules.default.json)." };
        var asOf = CommonOptions.AsOf();
        var dryRun = new Option<bool>("--dry-run") { Description = "Decide everything, write nothing." };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON." };
        var connection = new Option<string?>("--connection") { Description = "A Dataverse connection string (AuthType=ClientSecret;Url=…;ClientId=…;ClientSecret=…); needs the NuGet build." };
        var command = new Command(
            "sweep",
            """
            Run the nurture sweep: move dormant clients to former, evaluate every active rule, create the tasks,
            logs and partner digests. Over a data folder (written back atomically unless --dry-run), or against
            a real organization with --connection (built with -p:XrmSdk=NuGet).

            Examples:
              cjp sweep --data out/demo/data --dry-run
              cjp sweep --data out/demo/data --rules my-rules.json --as-of 2026-11-02 --json
              cjp sweep --connection "AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId=…;ClientSecret=…"
            """);
        foreach (var option in new Option[] { data, rules, asOf, dryRun, json, connection })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            if (parseResult.GetValue(connection) is { } connectionString)
            {
                RemoteConnector.Connect(connectionString);
                return Unavailable();
            }

            if (parseResult.GetValue(data) == null)
            {
                throw CliFailure.BadInput("Pass --data DIR (a CSV data folder) or --connection \"…\" (a Dataverse connection string); see 'cjp sweep --help'.");
            }

            CommonOptions.ParseAsOf(parseResult.GetValue(asOf));
            return Unavailable();
        });
        return command;
    }

    private static int Unavailable() =>
        throw CliFailure.Failed("The nurture sweep engine (CrmJourney.Plugins.Sweep) is not part of this build yet, so nothing was swept and the data folder is unchanged; use 'cjp rules preview' to see what the rules would do.");
}
