using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CrmJourney.Cli.Generation;
using CrmJourney.Cli.Organization;
using CrmJourney.Cli.Replay;
using CrmJourney.Cli.Reporting;
using CrmJourney.Cli.Rules;
using CrmJourney.Domain.Rules.Evaluators;
using CrmJourney.Domain.Time;
using Spectre.Console;

namespace CrmJourney.Cli.Commands;

/// <summary>
/// <c>cjp demo</c>: the whole journey in one command — generate a firm, replay three years of its
/// history day by day through the product's plugins with the default rule set, then print the summary
/// tables and write report.html, tasks.csv, digests/&lt;partner&gt;.html, rules.json and data/.
/// </summary>
public sealed class DemoCommand : ICliCommand
{
    /// <summary>The default output folder.</summary>
    public const string DefaultOut = "out/demo";

    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var generator = new GeneratorArguments();
        var output = new Option<string>("--out", "-o") { Description = "The folder to write (default out/demo).", DefaultValueFactory = _ => DefaultOut };
        var command = new Command(
            "demo",
            """
            The one-command tour: generate a professional-services firm (400 accounts, 8 partners, 6 service lines,
            3 years of history by default), replay it day by day through the product's plugins with the default
            nurture rules, print the summary tables, and write to out/demo/: report.html (the journey report),
            tasks.csv, digests/<partner>.html, rules.json and data/ (the organization as a CSV data folder).

            Examples:
              cjp demo
              cjp demo --accounts 40 --years 1 --seed 7 --out out/small
            """);
        generator.AddTo(command);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var options = generator.Read(parseResult);
            var folder = context.FullPath(parseResult.GetRequiredValue(output));
            var rules = RuleSetFile.Load(RuleSetFile.DefaultPath, RuleSetFile.DefaultFileName, context.Error.Line);
            var (organization, result) = Simulate(context, options, rules);

            var journey = JourneyData.Read(organization);
            var report = JourneyReport.Build(journey, new DateRange(options.HistoryStart, GeneratorOptions.HistoryEnd), rangeEndsNow: true);
            Directory.CreateDirectory(folder);
            using (DataFolderLock.Acquire(Path.Combine(folder, "data"), "data", "demo", DataFolderLock.DefaultWait))
            {
                DataFolder.Save(organization, Path.Combine(folder, "data"), DataFolderFormat.Csv);
            }

            File.WriteAllText(Path.Combine(folder, "report.html"), ReportHtmlWriter.Write(report, "the demo firm"));
            File.Copy(RuleSetFile.DefaultPath, Path.Combine(folder, "rules.json"), overwrite: true);
            File.WriteAllText(Path.Combine(folder, "tasks.csv"), TasksCsv(journey));
            var digests = WriteDigests(organization, rules, Path.Combine(folder, "digests"));

            DemoSummary.Print(context.Out, report, result, digests);
            context.Out.Success(string.Create(CultureInfo.InvariantCulture, $"Wrote {folder}: report.html, tasks.csv, {digests} digests, rules.json, data/."));
            return ExitCodes.Success;
        });
        return command;
    }

    private static (LocalOrg.LocalOrganization, ReplayResult) Simulate(CliContext context, GeneratorOptions options, Domain.Rules.NurtureRuleSet rules)
    {
        if (!context.Out.Profile.Capabilities.Interactive)
        {
            return FirmSimulation.Run(options, rules, Sweep, null);
        }

        (LocalOrg.LocalOrganization, ReplayResult) outcome = default;
        context.Out.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn()).Start(progress =>
        {
            var task = progress.AddTask("Replaying the firm's history", maxValue: 1);
            outcome = FirmSimulation.Run(options, rules, Sweep, p =>
            {
                task.MaxValue = p.TotalDays;
                task.Value = p.DaysDone;
                task.Description = string.Create(CultureInfo.InvariantCulture, $"Replaying {p.Day:yyyy-MM-dd}");
            });
        });
        return outcome;
    }

    private static void Sweep(LocalOrg.LocalOrganization organization, DateTime asOf) => new WeeklySweep().Run(organization, asOf);

    private static string TasksCsv(JourneyData journey)
    {
        var names = journey.Accounts.ToDictionary(a => a.Id, a => a.Name);
        var rules = journey.Rules.ToDictionary(r => r.Id, r => r.Name);
        var csv = new StringBuilder("created_on,rule,account,assigned_to,due_on,completed,subject,reason\r\n");
        foreach (var task in journey.NurtureTasks.OrderBy(t => t.CreatedOn).ThenBy(t => t.Id))
        {
            csv.Append(string.Join(',', new[]
            {
                task.CreatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Field(rules.GetValueOrDefault(task.RuleId, task.RuleId.ToString("D"))),
                Field(task.AccountId is Guid a ? names.GetValueOrDefault(a, a.ToString("D")) : string.Empty),
                Field(task.OwnerId is Guid o ? journey.Users.GetValueOrDefault(o, o.ToString("D")) : string.Empty),
                task.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                task.Completed ? "yes" : "no",
                Field(task.Subject),
                Field(task.Description),
            })).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>
    /// One digest per partner as of the history's last day (the day before its exclusive end, so "No
    /// touchpoint for N days" counts to the same day as the report), from the rules' firings then.
    /// </summary>
    private static int WriteDigests(LocalOrg.LocalOrganization organization, Domain.Rules.NurtureRuleSet rules, string folder)
    {
        Directory.CreateDirectory(folder);
        var clock = new FixedClock(GeneratorOptions.HistoryEnd.AddDays(-1));
        var (candidates, catalogue, affinity) = CandidateReader.Read(organization, GeneratorOptions.HistoryEnd);
        var evaluation = NurtureSweepEvaluator.Evaluate(rules.ActiveRules.Select(r => r.ToDraft()), candidates, new EvaluationContext(clock, catalogue, Array.Empty<PriorFiring>()) { Affinity = affinity });
        var count = 0;
        foreach (var digest in evaluation.Digests.SelectMany(d => d.Digests))
        {
            var name = digest.Recipient.Name ?? digest.Recipient.Id.ToString("D");
            var file = new string(name.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray()) + ".html";
            File.WriteAllText(Path.Combine(folder, file), PartnerDigestHtmlRenderer.Render(digest, LocalOrgUrl.Current));
            File.WriteAllText(Path.Combine(folder, Path.ChangeExtension(file, ".txt")), PartnerDigestHtmlRenderer.RenderText(digest, LocalOrgUrl.Current));
            count++;
        }

        return count;
    }

    private static string Field(string text) =>
        text.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
