using System.Globalization;
using System.Linq;
using CrmJourney.Cli.Replay;
using CrmJourney.Cli.Reporting;
using Spectre.Console;

namespace CrmJourney.Cli.Commands;

/// <summary>The demo's summary tables: accounts per stage, flows, quiet and pigeonholed clients, tasks per rule and partner, referral sources.</summary>
internal static class DemoSummary
{
    public static void Print(IAnsiConsole console, JourneyReport report, ReplayResult result, int digestFiles)
    {
        var stages = new Table().Title("Accounts per stage").AddColumn("Stage").AddColumn(new TableColumn("Accounts").RightAligned());
        foreach (var count in report.StageCounts)
        {
            stages.AddRow(JourneyReport.StageLabel(count.Stage), count.Count.ToString(CultureInfo.InvariantCulture));
        }

        var flows = new Table().Title("Flows between stages").AddColumn("From").AddColumn("To").AddColumn(new TableColumn("Transitions").RightAligned());
        foreach (var flow in report.Metrics.Flows)
        {
            flows.AddRow(JourneyReport.StageLabel(flow.From), JourneyReport.StageLabel(flow.To), flow.Count.ToString(CultureInfo.InvariantCulture));
        }

        var quiet = new Table().Title(string.Create(CultureInfo.InvariantCulture, $"Quiet clients ({report.QuietDays}+ days without a touchpoint, as the Quiet rule counts) and pigeonholed: {report.PigeonholedClients} of {report.PigeonholedBase} clients the Pigeonholed rule watches")).AddColumn("Partner").AddColumn(new TableColumn("Quiet").RightAligned());
        foreach (var partner in report.QuietByPartner)
        {
            quiet.AddRow(Markup.Escape(partner.Label), partner.Count.ToString(CultureInfo.InvariantCulture));
        }

        var tasks = new Table().Title("Nurture work per rule (firings = nurture-log rows)").AddColumn("Rule").AddColumn(new TableColumn("Firings").RightAligned()).AddColumn(new TableColumn("Tasks created").RightAligned()).AddColumn(new TableColumn("Tasks completed").RightAligned()).AddColumn(new TableColumn("Digest emails").RightAligned());
        foreach (var rule in report.TasksByRule)
        {
            tasks.AddRow(
                Markup.Escape(rule.Rule),
                rule.Firings.ToString(CultureInfo.InvariantCulture),
                rule.IsDigest ? "—" : rule.Created.ToString(CultureInfo.InvariantCulture),
                rule.IsDigest ? "—" : rule.Completed.ToString(CultureInfo.InvariantCulture),
                rule.IsDigest ? rule.DigestEmails.ToString(CultureInfo.InvariantCulture) : "—");
        }

        var partners = new Table().Title("Nurture tasks per partner").AddColumn("Partner").AddColumn(new TableColumn("Tasks").RightAligned());
        foreach (var partner in report.TasksByPartner)
        {
            partners.AddRow(Markup.Escape(partner.Label), partner.Count.ToString(CultureInfo.InvariantCulture));
        }

        var referrals = new Table().Title(string.Create(CultureInfo.InvariantCulture, $"Referral sources ({report.Metrics.ReferralCount} referrals, {Svg.Percent(report.Metrics.FormerClientReferralShare)} from former clients)")).AddColumn("Referrer's stage then").AddColumn(new TableColumn("Referrals").RightAligned());
        foreach (var source in report.ReferralsByReferrerStage)
        {
            referrals.AddRow(source.Label, source.Count.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var table in new[] { stages, flows, quiet, tasks, partners, referrals })
        {
            console.Write(table);
        }

        console.Line(string.Create(CultureInfo.InvariantCulture, $"Became clients: {report.Metrics.Conversions[0].Numerator} of {report.Metrics.Conversions[0].Denominator} accounts that were prospects in the period; repeat clients (two or more engagements started): {report.RepeatClients}."));
        console.Line(string.Create(CultureInfo.InvariantCulture, $"Digest files in digests/: {digestFiles}, one per partner as of the period's last day ({report.Range.To.AddDays(-1):yyyy-MM-dd}) — a snapshot for reading, not firings; the weekly sweeps' digests are the digest emails above."));
        console.Line(string.Create(CultureInfo.InvariantCulture, $"Replayed {result.Sent.Values.Sum()} events ({result.Refused} refused by the organization), {result.Sweeps} weekly sweeps."));
        foreach (var sample in result.RefusalSamples)
        {
            console.Line("  refused: " + sample);
        }
    }
}
