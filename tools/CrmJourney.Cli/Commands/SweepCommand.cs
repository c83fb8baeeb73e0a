using System;
using System.CommandLine;
using System.Globalization;
using CrmJourney.Cli.Organization;
using CrmJourney.Cli.Remote;
using CrmJourney.Cli.Replay;
using CrmJourney.Cli.Rules;
using CrmJourney.Domain.Time;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmJourney.Cli.Commands;

/// <summary>
/// <c>cjp sweep</c>: the nurture sweep over a data folder, or against a real organization with
/// --connection. The local path loads the folder into the product organization, saves the --rules file's
/// rules as records, runs the plugins' sweep engine (NurtureSweep) and writes the folder back atomically
/// unless --dry-run. The remote path needs the real SDK (built with -p:XrmSdk=NuGet); in the default
/// stand-in build it says so and exits 2.
/// </summary>
public sealed class SweepCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var data = new Option<string?>("--data") { Description = "The data to sweep: a CSV data folder, a Configuration Migration data.zip or a folder holding its data.xml (results are written back in the same form unless --dry-run)." };
        var rules = new Option<string?>("--rules") { Description = "The rule-set JSON file (default: the shipped rules.default.json)." };
        var asOf = CommonOptions.AsOf();
        var dryRun = new Option<bool>("--dry-run") { Description = "Decide everything, write nothing." };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON." };
        var lockWait = CommonOptions.LockWait();
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
        foreach (var option in new Option[] { data, rules, asOf, dryRun, json, lockWait, connection })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            if (parseResult.GetValue(connection) is { } connectionString)
            {
                // The stand-in build refuses here; the NuGet build connects, and the remote sweep is the custom API's job.
                RemoteConnector.Connect(connectionString);
                throw CliFailure.Failed("Connected; run the sweep in the organization with its custom API cjp_RunNurtureSweep (the remote client sweep is not part of this version).");
            }

            if (parseResult.GetValue(data) == null)
            {
                throw CliFailure.BadInput("Pass --data DIR (a CSV data folder, or a Configuration Migration data.zip) or --connection \"…\" (a Dataverse connection string); see 'cjp sweep --help'.");
            }

            var when = CommonOptions.ParseAsOf(parseResult.GetValue(asOf)) ?? DateTime.UtcNow.Date;
            var ruleSet = parseResult.GetValue(rules) is { } rulesGiven ? RuleSetFile.Load(context.FullPath(rulesGiven), rulesGiven, context.Error.Line) : null;
            var dataGiven = parseResult.GetValue(data)!;
            var folder = context.FullPath(dataGiven);
            var organization = JourneyOrganization.Create(new FixedClock(when));
            var dry = parseResult.GetValue(dryRun);

            // A writing sweep holds the folder from load to write-back; a dry run only reads.
            using var writer = dry ? null : DataFolderLock.Acquire(folder, dataGiven, "sweep", CommonOptions.ParseLockWait(parseResult.GetValue(lockWait)));
            DataFolder.Load(organization, folder, dataGiven, context.Error.Line);
            writer?.RememberContents();
            foreach (var rule in ruleSet?.Rules ?? Array.Empty<Domain.Rules.NurtureRule>())
            {
                organization.Execute(new UpsertRequest { Target = RuleRecords.ToEntity(rule) });
            }

            var summary = new WeeklySweep().Run(organization, when, dry);
            if (parseResult.GetValue(json))
            {
                context.Out.Line(summary.ToJson(dataGiven));
            }
            else
            {
                foreach (var firing in summary.Firings)
                {
                    context.Out.Line($"{firing.RuleName}: {firing.AccountName} — {firing.Subject} ({firing.Reason})");
                }

                context.Out.Line(string.Create(CultureInfo.InvariantCulture, $"Sweep as of {when:yyyy-MM-dd}{(dry ? " (dry run, nothing written)" : string.Empty)}: {summary.EvaluatedAccounts} accounts, {summary.TasksCreated} tasks, {summary.DigestsCreated} digests, {summary.Transitions} moved to former client, {summary.InvalidRules.Count} invalid rules skipped."));
            }

            // Not bad input: the sweep ran over every account it can see; the warning says who it could not.
            if (summary.AccountsWithoutStage.Sentence(dataGiven) is { } unstaged)
            {
                context.Error.Warning(unstaged);
            }

            if (writer != null)
            {
                writer.EnsureUnchanged();
                DataFolder.Save(organization, folder);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
