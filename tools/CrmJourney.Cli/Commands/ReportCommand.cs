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
        var output = new Option<string?>("--out", "-o") { Description = "The HTML file to write (replaced if it exists)." };
        var json = new Option<string?>("--json") { Description = "Also write every figure of the report to this JSON file." };
        var csv = new Option<string?>("--csv") { Description = "Also write one CSV file per section into this folder." };
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
              cjp report --data out/demo/data --json out/report.json --csv out/report-csv
            """);
        command.Options.Add(data);
        command.Options.Add(output);
        command.Options.Add(json);
        command.Options.Add(csv);
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

            var htmlGiven = parseResult.GetValue(output);
            var jsonGiven = parseResult.GetValue(json);
            var csvGiven = parseResult.GetValue(csv);
            if (htmlGiven is null && jsonGiven is null && csvGiven is null)
            {
                throw CliFailure.BadInput("Nothing to write: pass --out FILE.html, --json FILE or --csv DIR (or several).");
            }

            var dataGiven = parseResult.GetRequiredValue(data);
            var organization = JourneyOrganization.Create();
            DataFolder.Load(organization, context.FullPath(dataGiven), dataGiven, context.Error.Line);
            var journey = JourneyData.Read(organization);
            var report = Build(journey, start, end);
            var html = ReportHtmlWriter.Write(report, "the firm", dataGiven);
            var figures = ReportExport.ToJson(report, dataGiven);
            foreach (var (given, write) in new (string?, Action<string>)[]
            {
                (htmlGiven, path => WriteFile(path, html)),
                (jsonGiven, path => WriteFile(path, figures)),
                (csvGiven, path => ReportExport.WriteCsv(report, path)),
            })
            {
                if (given is not null)
                {
                    var path = context.FullPath(given);
                    write(path);
                    context.Out.Success($"Wrote {path}.");
                }
            }

            // Not bad input: the report is written; the warning says which accounts have no journey yet.
            if (report.AccountsWithoutStage.Sentence(dataGiven) is { } unstaged)
            {
                context.Error.Warning(unstaged);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The report page for a period; open ends default to the first record and the day after the last.</summary>
    internal static string Render(JourneyData journey, DateTime? start, DateTime? end, DateTime? now = null) =>
        ReportHtmlWriter.Write(Build(journey, start, end, now), "the firm");

    /// <summary>The report's figures for a period; open ends default to the first record and the day after the last.</summary>
    internal static JourneyReport Build(JourneyData journey, DateTime? start, DateTime? end, DateTime? now = null)
    {
        var first = journey.Accounts.Count == 0 ? DateTime.UtcNow.Date : journey.Accounts.Min(a => a.CreatedOn).Date;
        var range = new DateRange(start ?? first, end ?? (now ?? DateTime.UtcNow).Date.AddDays(1));
        return JourneyReport.Build(journey, range, rangeEndsNow: end == null);
    }

    private static void WriteFile(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
