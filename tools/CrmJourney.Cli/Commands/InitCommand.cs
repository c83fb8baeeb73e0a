using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using CrmJourney.Cli.Organization;
using CrmJourney.Cli.Remote;
using CrmJourney.Domain.Json;
using CrmJourney.Domain.Time;
using CrmJourney.Plugins.Initialization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ServiceLineTable = CrmJourney.Plugins.Schema.ServiceLine;

namespace CrmJourney.Cli.Commands;

/// <summary>
/// <c>cjp init</c>: gives every active account without a journey stage its stage, engagements, counters and one
/// Imported history row from the history the data already holds — the custom API cjp_InitializeJourney, run through
/// the product organization call after call until it completes, under the data folder's lock, and the folder written
/// back unless --dry-run.
/// </summary>
public sealed class InitCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var data = new Option<string?>("--data") { Description = "The data: a CSV data folder, a Configuration Migration data.zip or a folder holding its data.xml (written back in the same form unless --dry-run)." };
        var asOf = CommonOptions.AsOf();
        var dryRun = new Option<bool>("--dry-run") { Description = "Derive everything, write nothing." };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON." };
        var days = new Option<int>("--engagement-days") { Description = "Days a won opportunity's engagement is assumed to last (1 to 3,650).", DefaultValueFactory = _ => Domain.Initialization.InitializationPolicy.DefaultEngagementLengthDays };
        var fallback = new Option<string?>("--fallback-service-line") { Description = "The code of the service line (e.g. AUD) for won opportunities that name none; without it those accounts are left without a stage and listed." };
        var lockWait = CommonOptions.LockWait();
        var connection = new Option<string?>("--connection") { Description = "A Dataverse connection string; needs the NuGet build." };
        var command = new Command(
            "init",
            """
            Initialize the journey from history: every active account without a stage gets one from the
            touchpoints, won and lost opportunities and referrals the data already holds (one engagement per
            won opportunity, the stage with one Imported history row, the counters the plugins keep). Accounts
            that have a stage are left alone, so running it again changes nothing.

            Examples:
              cjp init --data exported/data.zip --dry-run
              cjp init --data out/demo/data --as-of 2026-11-02 --json
              cjp init --data exported --engagement-days 270 --fallback-service-line AUD
            """);
        foreach (var option in new Option[] { data, asOf, dryRun, json, days, fallback, lockWait, connection })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            if (parseResult.GetValue(connection) is { } connectionString)
            {
                RemoteConnector.Connect(connectionString);
                throw CliFailure.Failed("Connected; run the initialization in the organization with its custom API cjp_InitializeJourney (the remote client initialization is not part of this version).");
            }

            if (parseResult.GetValue(data) == null)
            {
                throw CliFailure.BadInput("Pass --data DIR (a CSV data folder, or a Configuration Migration data.zip); see 'cjp init --help'.");
            }

            var length = parseResult.GetValue(days);
            if (length is < 1 or > 3650)
            {
                throw CliFailure.BadInput($"--engagement-days must be 1 to 3650; it was {length.ToString(CultureInfo.InvariantCulture)}.");
            }

            var when = CommonOptions.ParseAsOf(parseResult.GetValue(asOf)) ?? DateTime.UtcNow.Date;
            var dataGiven = parseResult.GetValue(data)!;
            var folder = context.FullPath(dataGiven);
            var organization = JourneyOrganization.Create(new FixedClock(when));
            var dry = parseResult.GetValue(dryRun);
            using var writer = dry ? null : DataFolderLock.Acquire(folder, dataGiven, "init", CommonOptions.ParseLockWait(parseResult.GetValue(lockWait)));
            DataFolder.Load(organization, folder, dataGiven, context.Error.Line);
            writer?.RememberContents();

            var request = new OrganizationRequest(InitializeJourneyApi.UniqueName)
            {
                [InitializeJourneyApi.Inputs.AsOf] = when,
                [InitializeJourneyApi.Inputs.DryRun] = dry,
                [InitializeJourneyApi.Inputs.EngagementLengthDays] = length,
            };
            if (parseResult.GetValue(fallback) is { } code)
            {
                request[InitializeJourneyApi.Inputs.FallbackServiceLineId] = ServiceLineByCode(organization, code);
            }

            JsonObject summary;
            while (true)
            {
                var response = organization.Execute(request);
                summary = (JsonObject)JsonValue.Parse((string)response.Results[InitializeJourneyApi.Outputs.Summary]);
                if ((bool)response.Results[InitializeJourneyApi.Outputs.Completed])
                {
                    break;
                }

                request[InitializeJourneyApi.Inputs.ContinuationToken] = (string)response.Results[InitializeJourneyApi.Outputs.ContinuationToken];
            }

            if (parseResult.GetValue(json))
            {
                context.Out.Line(summary.ToString());
            }
            else
            {
                Print(context, summary, when, dry);
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

    private static Guid ServiceLineByCode(IOrganizationService organization, string code)
    {
        var query = new QueryExpression(ServiceLineTable.LogicalName) { ColumnSet = new ColumnSet(ServiceLineTable.Columns.Code) };
        query.Criteria.AddCondition(ServiceLineTable.Columns.Code, ConditionOperator.Equal, code.Trim());
        return organization.RetrieveMultiple(query).Entities.FirstOrDefault()?.Id
            ?? throw CliFailure.BadInput($"--fallback-service-line {code}: no service line has that code; use the code of one in the data's cjp_serviceline rows.");
    }

    private static void Print(CliContext context, JsonObject summary, DateTime when, bool dry)
    {
        foreach (JsonObject skipped in (JsonArray)summary["skipped"]!)
        {
            context.Out.Line($"Skipped {Text(skipped["name"])}: {Text(skipped["reason"])}");
        }

        var stages = string.Join(", ", ((JsonObject)summary["byStage"]!).Properties.Select(p => $"{p.Value} {Stage(p.Name)}"));
        context.Out.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"Initialization as of {when:yyyy-MM-dd}{(dry ? " (dry run, nothing written)" : string.Empty)}: {summary["accountsInitialized"]} accounts given a stage ({(stages.Length == 0 ? "none" : stages)}), {summary["accountsSkipped"]} skipped, {summary["engagementsCreated"]} engagements from won opportunities, {summary["referralsCreated"]} referrals logged, {summary["touchpointsCounted"]} touchpoints counted."));
    }

    private static string Stage(string name) => name switch
    {
        "ActiveClient" => "active clients",
        "BetweenEngagements" => "between engagements",
        "FormerClient" => "former clients",
        _ => "prospects",
    };

    private static string Text(JsonValue? value) => value is JsonString text ? text.Value : "(no name)";
}
