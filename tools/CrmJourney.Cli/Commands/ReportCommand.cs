using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using CrmJourney.Cli.Organization;
using CrmJourney.Cli.Reporting;
using CrmJourney.Domain.Time;

namespace CrmJourney.Cli.Commands;

/// <summary><c>cjp report --data DIR --out FILE.html [--from DATE] [--to DATE]</c>: the journey report of any data folder.</summary>
public sealed class ReportCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var data = CommonOptions.Data();
        var output = new Option<string>("--out", "-o") { Description = "The HTML file to write (replaced if it exists).", Required = true };
        var from = new Option<string?>("--from") { Description = "First day of the period (yyyy-MM-dd; default: the first record)." };
        var to = new Option<string?>("--to") { Description = "Last day of the period (yyyy-MM-dd, inclusive; default: today)." };
        var command = new Command(
            "report",
            """
            Write the journey report for a data folder: one self-contained HTML page (inline SVG charts, no
            scripts) with the journey map, funnel, time in stage, quiet and pigeonholed clients, touchpoints
            before the first engagement, referral sources and nurture tasks per rule.

            Examples:
              cjp report --data out/demo/data --out out/report.html
              cjp report --data out/demo/data --out out/2025.html --from 2025-01-01 --to 2025-12-31
            """);
        command.Options.Add(data);
        command.Options.Add(output);
        command.Options.Add(from);
        command.Options.Add(to);
        command.SetAction(parseResult =>
        {
            var start = CommonOptions.ParseAsOf(parseResult.GetValue(from), "--from");
            var end = CommonOptions.ParseAsOf(parseResult.GetValue(to), "--to")?.AddDays(1);
            if (start is DateTime s && end is DateTime e && e <= s)
            {
                throw CliFailure.BadInput("--to is before --from; pass a period whose last day is on or after its first.");
            }

            var dataGiven = parseResult.GetRequiredValue(data);
            var organization = JourneyOrganization.Create();
            DataFolder.Load(organization, context.FullPath(dataGiven), dataGiven, context.Error.Line);
            var journey = JourneyData.Read(organization);
            var html = Render(journey, start, end);
            var path = context.FullPath(parseResult.GetRequiredValue(output));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, html);
            context.Out.Success($"Wrote the journey report to {path}.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The report page for a period; open ends default to the first record and the day after the last.</summary>
    internal static string Render(JourneyData journey, DateTime? start, DateTime? end, DateTime? now = null)
    {
        var first = journey.Accounts.Count == 0 ? DateTime.UtcNow.Date : journey.Accounts.Min(a => a.CreatedOn).Date;
        var range = new DateRange(start ?? first, end ?? (now ?? DateTime.UtcNow).Date.AddDays(1));
        return ReportHtmlWriter.Write(JourneyReport.Build(journey, range, rangeEndsNow: end == null), "the firm");
    }
}
