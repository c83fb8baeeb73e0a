using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Cli.Reporting;

/// <summary>
/// Writes the journey report as one self-contained HTML page (inline CSS and SVG; no scripts, no web
/// fonts, nothing fetched), laid out for a laptop screen and for printing. Every chart is a
/// <c>figure</c> with a stable id, a title, axis labels and its numbers, so leadership can read it
/// without hovering and tests can find each chart.
/// </summary>
public static class ReportHtmlWriter
{
    /// <summary>The chart ids, in page order.</summary>
    public static readonly IReadOnlyList<string> ChartIds = new[]
    {
        "journey-map", "funnel", "stage-counts", "time-in-stage", "quiet-by-partner", "pigeonholed", "pre-engagement", "referral-sources", "nurture-tasks",
    };

    private const string Style = """
        :root { --ink:#1f2933; --muted:#5f6b7a; --line:#d9dee5; --bg:#f4f6f9; --card:#fff; --accent:#2f6db5; }
        * { box-sizing: border-box; }
        body { margin:0; background:var(--bg); color:var(--ink); font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size:15px; line-height:1.45; }
        header { background:#1d3557; color:#fff; padding:28px 40px 24px; }
        header h1 { margin:0 0 4px; font-size:26px; font-weight:600; }
        header p { margin:0; color:#c9d6e8; }
        main { max-width:1320px; margin:0 auto; padding:24px 32px 48px; }
        .kpis { display:grid; grid-template-columns:repeat(5, 1fr); gap:14px; margin-bottom:22px; }
        .kpi { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:14px 16px; }
        .kpi .n { font-size:28px; font-weight:600; color:var(--accent); }
        .kpi .t { color:var(--muted); font-size:13px; }
        .grid { display:grid; grid-template-columns:1fr 1fr; gap:18px; }
        figure { margin:0; background:var(--card); border:1px solid var(--line); border-radius:10px; padding:16px 18px 12px; break-inside:avoid; }
        figure.wide { grid-column:1 / -1; }
        figure > svg { display:block; max-width:760px; }
        figure#journey-map > svg { max-width:none; }
        figcaption h2 { margin:0; font-size:17px; font-weight:600; }
        figcaption p { margin:2px 0 8px; color:var(--muted); font-size:13px; }
        svg text { font-family: inherit; fill:var(--ink); }
        svg .label { font-size:12px; } svg .value { font-size:12px; font-weight:600; } svg .tick { font-size:11px; fill:var(--muted); }
        svg .legend { font-size:12px; } svg .axis-label { font-size:12px; fill:var(--muted); }
        svg .grid { stroke:#e6e9ee; stroke-width:1; } svg .axis { stroke:#9aa5b1; stroke-width:1; }
        svg .stage-name { fill:#fff; font-size:17px; font-weight:600; } svg .stage-count { fill:#fff; font-size:30px; font-weight:700; }
        svg .flow-count { font-size:13px; font-weight:700; }
        table.data { border-collapse:collapse; width:100%; font-size:13px; margin-top:6px; }
        table.data th, table.data td { border-bottom:1px solid var(--line); padding:4px 6px; text-align:left; }
        table.data td.n, table.data th.n { text-align:right; font-variant-numeric:tabular-nums; }
        .note { color:var(--muted); font-size:12px; margin:6px 0 0; }
        footer { color:var(--muted); font-size:12px; text-align:center; padding:0 0 24px; }
        @media (max-width: 1000px) { .grid { grid-template-columns:1fr; } .kpis { grid-template-columns:repeat(2, 1fr); } }
        """;

    /// <summary>The page for <paramref name="report"/>, titled for <paramref name="firm"/>.</summary>
    public static string Write(JourneyReport report, string firm)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = report.Metrics;
        var html = new StringBuilder();
        var period = $"{report.Range.From:yyyy-MM-dd} to {report.Range.To.AddDays(-1):yyyy-MM-dd}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append(Inv($"<title>Client journey report — {Svg.Escape(firm)}</title><style>{Style}</style></head><body>"));
        html.Append(Inv($"<header><h1>Client journey report — {Svg.Escape(firm)}</h1><p>{period} · computed from stage transitions, engagements, activities, referrals, nurture tasks and logs</p></header><main>"));

        var total = report.StageCounts.Sum(c => c.Count);
        var conversion = m.Conversions[0];
        html.Append("<section class=\"kpis\">");
        Kpi(html, Svg.Number(total), "accounts");
        Kpi(html, Svg.Percent(conversion.Rate), Inv($"prospects who became clients ({conversion.Numerator} of {conversion.Denominator})"));
        Kpi(html, Svg.Percent(m.Conversions[2].Rate), "between-engagement clients who came back");
        Kpi(html, Svg.Percent(m.FormerClientReferralShare), Inv($"of {m.ReferralCount} referrals came from former clients"));
        Kpi(html, Svg.Number(report.TasksByRule.Sum(r => r.Created)), "nurture tasks created");
        html.Append("</section><div class=\"grid\">");

        Figure(html, "journey-map", "Journey map: accounts per stage and the flows between them", "Every stage change in the period, from the append-only journey history.", JourneyMapSvg.Render(report.StageCounts, m.Flows), wide: true);

        var top = Math.Max(1, report.Funnel[0].Count);
        Figure(html, "funnel", "The funnel: prospects → clients → repeat → former → referrers", "Accounts reaching each step; percentages of all prospects.", Svg.HorizontalBars(
            "funnel", "Accounts", "Step", report.Funnel.Select(f => Row(f.Label, f.Count, Inv($"{f.Count:#,0} ({(double)f.Count / top:P0})"))).ToList(), new[] { "Accounts" }));

        var stageTable = new StringBuilder("<table class=\"data\"><tr><th>Stage</th><th class=\"n\">Accounts</th></tr>");
        foreach (var count in report.StageCounts)
        {
            stageTable.Append(Inv($"<tr><td>{JourneyReport.StageLabel(count.Stage)}</td><td class=\"n\" data-stage=\"{count.Stage}\">{count.Count}</td></tr>"));
        }

        stageTable.Append("</table>");
        Figure(html, "stage-counts", "Accounts per stage", "At the end of the period.", Svg.HorizontalBars(
            "stage-counts", "Accounts", "Stage", report.StageCounts.Select(c => Row(JourneyReport.StageLabel(c.Stage), c.Count, Svg.Number(c.Count))).ToList(), new[] { "Accounts" }) + stageTable);

        Figure(html, "time-in-stage", "Time in each stage (median and p90, days)", "Completed stays that ended in the period; nearest-rank percentiles.", Svg.HorizontalBars(
            "time-in-stage",
            "Days in the stage",
            "Stage",
            m.TimeInStages.Select(t => new ChartRow(
                Inv($"{JourneyReport.StageLabel(t.Stage)} ({t.StayCount} stays)"),
                new double[] { t.MedianDays ?? 0, t.P90Days ?? 0 },
                new[] { t.MedianDays is int md ? Inv($"{md} d") : "—", t.P90Days is int p ? Inv($"{p} d") : "—" })).ToList(),
            new[] { "Median", "90th percentile" }));

        var quietTotal = report.QuietByPartner.Sum(q => q.Count);
        Figure(html, "quiet-by-partner", "Quiet clients by partner", Inv($"Active or between-engagement clients with no touchpoint for more than {report.QuietDays} days: {quietTotal} in all."), Svg.HorizontalBars(
            "quiet-by-partner", "Quiet clients", "Relationship partner", report.QuietByPartner.Select(q => Row(q.Label, q.Count, Svg.Number(q.Count))).ToList(), new[] { "Quiet clients" }));

        var share = report.RepeatClients == 0 ? (double?)null : (double)report.PigeonholedClients / report.RepeatClients;
        Figure(html, "pigeonholed", Inv($"Pigeonholed clients: {Svg.Percent(share)} of repeat clients"), Inv($"{report.PigeonholedClients} of {report.RepeatClients} clients with two or more completed engagements bought only one service line — the lines they are held to:"), Svg.HorizontalBars(
            "pigeonholed", "Pigeonholed clients", "The single service line", report.PigeonholedLines.Select(p => Row(p.Label, p.Count, Svg.Number(p.Count))).ToList(), new[] { "Clients" }));

        var before = m.BeforeFirstEngagement;
        var channels = before.Channels.ByChannel.Where(c => c.Value > 0 || c.Key != TouchpointChannel.Task).ToList();
        var average = before.AveragePerAccount is double avg ? avg.ToString("0.0", CultureInfo.InvariantCulture) : "—";
        Figure(html, "pre-engagement", "Touchpoints and channels before the first engagement", Inv($"{before.TouchpointCount} touchpoints before {before.AccountCount} first engagements — {average} per new client."), Svg.HorizontalBars(
            "pre-engagement", "Touchpoints", "Channel", channels.Select(c => Row(ChannelLabel(c.Key), c.Value, Inv($"{c.Value:#,0} ({(before.TouchpointCount == 0 ? 0 : (double)c.Value / before.TouchpointCount):P0})"))).ToList(), new[] { "Touchpoints" }));

        var referrers = new StringBuilder("<table class=\"data\"><tr><th>Top referrers</th><th>Stage now</th><th class=\"n\">Referrals</th><th class=\"n\">Won</th></tr>");
        foreach (var source in report.TopReferrers)
        {
            referrers.Append(Inv($"<tr><td>{Svg.Escape(source.Name)}</td><td>{JourneyReport.StageLabel(source.StageNow)}</td><td class=\"n\">{source.Referrals}</td><td class=\"n\">{source.Won}</td></tr>"));
        }

        referrers.Append("</table>");
        Figure(html, "referral-sources", Inv($"Referral sources: {Svg.Percent(m.FormerClientReferralShare)} from former clients"), Inv($"{m.ReferralCount} referrals in the period, by the referrer's stage when it referred ({m.FormerClientReferralCount} from former clients)."), Svg.HorizontalBars(
            "referral-sources", "Referrals", "Referrer's stage at the time", report.ReferralsByReferrerStage.Select(r => Row(r.Label, r.Count, Inv($"{r.Count:#,0} ({(m.ReferralCount == 0 ? 0 : (double)r.Count / m.ReferralCount):P0})"))).ToList(), new[] { "Referrals" }) + referrers);

        Figure(html, "nurture-tasks", "Nurture tasks created and completed per rule", "Tasks the nurture rules created in the period, and how many of them have been completed.", Svg.HorizontalBars(
            "nurture-tasks",
            "Tasks",
            "Nurture rule",
            report.TasksByRule.Select(r => new ChartRow(r.Rule, new double[] { r.Created, r.Completed }, new[] { Svg.Number(r.Created), Svg.Number(r.Completed) })).ToList(),
            new[] { "Created", "Completed" }), wide: true);

        html.Append("</div></main><footer>Generated by cjp report · CrmJourneyPlugins</footer></body></html>\n");
        return html.ToString();
    }

    /// <summary>A channel's label.</summary>
    public static string ChannelLabel(TouchpointChannel channel) => channel switch
    {
        TouchpointChannel.PhoneCall => "Phone call",
        _ => channel.ToString(),
    };

    private static ChartRow Row(string label, int value, string text) => new(label, new double[] { value }, new[] { text });

    private static void Kpi(StringBuilder html, string number, string text) =>
        html.Append(Inv($"<div class=\"kpi\"><div class=\"n\">{number}</div><div class=\"t\">{Svg.Escape(text)}</div></div>"));

    private static void Figure(StringBuilder html, string id, string title, string subtitle, string body, bool wide = false) =>
        html.Append(Inv($"<figure id=\"{id}\"{(wide ? " class=\"wide\"" : string.Empty)}><figcaption><h2>{Svg.Escape(title)}</h2><p>{Svg.Escape(subtitle)}</p></figcaption>{body}</figure>"));

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
