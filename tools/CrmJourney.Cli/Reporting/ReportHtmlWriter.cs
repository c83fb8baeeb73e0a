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
        "journey-map", "funnel", "outcomes", "former-sentiment", "stage-counts", "time-in-stage", "quiet-by-partner", "pigeonholed", "affinity",
        "pre-engagement", "path-to-first", "value", "retention", "satisfaction", "trends", "referral-sources", "nurture-tasks",
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
        .warning { background:#fff6e0; border:1px solid #e8b33b; border-radius:10px; padding:10px 16px; margin:0 0 18px; }
        footer { color:var(--muted); font-size:12px; text-align:center; padding:0 0 24px; }
        @media (max-width: 1000px) { .grid { grid-template-columns:1fr; } .kpis { grid-template-columns:repeat(2, 1fr); } }
        """;

    /// <summary>
    /// The page for <paramref name="report"/>, titled for <paramref name="firm"/>; the unstaged accounts' warning
    /// names <paramref name="dataFolder"/> in its fix when given.
    /// </summary>
    public static string Write(JourneyReport report, string firm, string? dataFolder = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = report.Metrics;
        var html = new StringBuilder();
        var period = $"{report.Range.From:yyyy-MM-dd} to {report.Range.To.AddDays(-1):yyyy-MM-dd}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append(Inv($"<title>Client journey report — {Svg.Escape(firm)}</title><style>{Style}</style></head><body>"));
        html.Append(Inv($"<header><h1>Client journey report — {Svg.Escape(firm)}</h1><p>{period} · computed from stage transitions, engagements, activities, referrals, nurture tasks and logs</p></header><main>"));

        if (report.AccountsWithoutStage.Sentence(dataFolder) is { } unstaged)
        {
            html.Append("<p class=\"warning\" data-figure=\"accounts-without-stage\">").Append(Svg.Escape(unstaged)).Append("</p>");
        }

        var total = report.StageCounts.Sum(c => c.Count);
        var conversion = m.Conversions[0];
        html.Append("<section class=\"kpis\">");
        Kpi(html, Svg.Number(total), "accounts");
        Kpi(html, Svg.Percent(conversion.Rate), Inv($"became clients: {conversion.Numerator} of {conversion.Denominator} accounts that were prospects in the period"));
        Kpi(html, Svg.Percent(m.Conversions[2].Rate), Inv($"came back: {m.Conversions[2].Numerator} of {m.Conversions[2].Denominator} accounts that were between engagements in the period"));
        Kpi(html, Svg.Percent(m.FormerClientReferralShare), Inv($"from former clients: {m.FormerClientReferralCount} of {m.ReferralCount} referrals made in the period"));
        Kpi(html, Svg.Number(report.TasksByRule.Sum(r => r.Firings)), Inv($"nurture firings: {report.TasksByRule.Sum(r => r.Created)} tasks and {report.TasksByRule.Sum(r => r.DigestEmails)} digest emails"));
        html.Append("</section><div class=\"grid\">");

        Figure(html, "journey-map", "Journey map: accounts per stage and the flows between them", "Every stage change in the period, from the append-only journey history.", JourneyMapSvg.Render(report.StageCounts, m.Flows), wide: true);

        var top = Math.Max(1, report.Funnel[0].Count);
        Figure(html, "funnel", "The funnel: prospects → clients → repeat → former → referrers", Inv($"One cohort: the {report.Funnel[0].Count} accounts that were prospects in the period, and what became of them by its end; percentages of those {report.Funnel[0].Count}."), Svg.HorizontalBars(
            "funnel", "Accounts", "Step", report.Funnel.Select(f => Row(f.Label, f.Count, Inv($"{f.Count:#,0} ({(double)f.Count / top:P0})"))).ToList(), new[] { "Accounts" }));

        var o = report.Outcomes;
        var reasons = new StringBuilder("<table class=\"data\"><tr><th>Lost reason (status reason)</th><th class=\"n\">Opportunities lost in the period</th></tr>");
        foreach (var reason in o.LostReasons)
        {
            reasons.Append(Inv($"<tr><td>{Svg.Escape(reason.Reason)}</td><td class=\"n\">{reason.Count}</td></tr>"));
        }

        reasons.Append(Inv($"</table><p class=\"note\" data-figure=\"won-on-revisit\">Won on revisit: {o.WonOnRevisit} of {o.NotNowProspects} not-now prospects became clients in the period after being told \"not now\".</p>"));
        Figure(html, "outcomes", "Prospect outcomes: engaged, not now, no way", Inv($"Of {o.Prospects} accounts that were prospects in the period: engaged = became a client in the period; otherwise the outcome of the latest lost opportunity; open = still evaluating."), Svg.HorizontalBars(
            "outcomes", "Prospects", "Outcome", new[] { ("Engaged", o.Engaged), ("Not now", o.NotNow), ("No way", o.NoWay), ("Open", o.Open) }.Select(x => Row(x.Item1, x.Item2, Inv($"{x.Item2:#,0} ({Share(x.Item2, o.Prospects)})"))).ToList(), new[] { "Prospects" }) + reasons, empty: o.Prospects == 0);

        var sentiments = new StringBuilder("<table class=\"data\"><tr><th>Sentiment</th><th class=\"n\">Former clients</th><th>Why they left</th><th class=\"n\">Referrers</th><th class=\"n\">Referrals in the period</th></tr>");
        foreach (var row in report.FormerBySentiment)
        {
            sentiments.Append(Inv($"<tr data-sentiment=\"{row.Sentiment}\"><td>{row.Sentiment}</td><td class=\"n\">{row.Accounts}</td><td>{Svg.Escape(string.Join("; ", row.Reasons.Select(r => Inv($"{r.Reason} ({r.Count})"))))}</td><td class=\"n\">{row.Referrers}</td><td class=\"n\">{row.Referrals}</td></tr>"));
        }

        sentiments.Append(Inv($"</table><p class=\"note\">Win-backs (Former client → Active client) in the period: {report.WinBacks}.</p>"));
        var formerTotal = report.FormerBySentiment.Sum(r => r.Accounts);
        Figure(html, "former-sentiment", "Former clients by sentiment, why they left, and advocates' referrals vs detractors'", Inv($"Of {formerTotal} former clients at the end of the period; referrals are those they made in the period."), Svg.HorizontalBars(
            "former-sentiment", "Former clients", "Sentiment", report.FormerBySentiment.Select(r => Row(r.Sentiment, r.Accounts, Inv($"{r.Accounts:#,0} ({Share(r.Accounts, formerTotal)})"))).ToList(), new[] { "Former clients" }) + sentiments, empty: formerTotal == 0);

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
                new[] { t.MedianDays is int md ? Inv($"{md} d") : "no stay ended", t.P90Days is int p ? Inv($"{p} d") : string.Empty })).ToList(),
            new[] { "Median", "90th percentile" }) + OpenStaysTable(report));

        var quietTotal = report.QuietByPartner.Sum(q => q.Count);
        Figure(html, "quiet-by-partner", "Quiet clients by partner", Inv($"Clients the Quiet rule flags as of the period's last day — no touchpoint for {report.QuietDays} days or more: {quietTotal} in all."), Svg.HorizontalBars(
            "quiet-by-partner", "Quiet clients", "Relationship partner", report.QuietByPartner.Select(q => Row(q.Label, q.Count, Svg.Number(q.Count))).ToList(), new[] { "Quiet clients" }));

        var share = report.PigeonholedBase == 0 ? (double?)null : (double)report.PigeonholedClients / report.PigeonholedBase;
        Figure(html, "pigeonholed", Inv($"Pigeonholed clients: {Svg.Percent(share)}"), Inv($"{report.PigeonholedClients} of {report.PigeonholedBase} clients the Pigeonholed rule watches (its stages and tiers, {report.PigeonholedMinimum}+ completed engagements) bought only one service line — the rule's own test; the lines they are held to:"), Svg.HorizontalBars(
            "pigeonholed", "Pigeonholed clients", "The single service line", report.PigeonholedLines.Select(p => Row(p.Label, p.Count, Svg.Number(p.Count))).ToList(), new[] { "Clients" }));

        Figure(html, "affinity", "What to sell next: service-line affinity", "Of the clients who bought the line in the row, the share who also bought the line in the column (counting engagements started before the end).", AffinityTable(report), wide: true, empty: report.Affinity.Count == 0);

        var before = m.BeforeFirstEngagement;
        var channels = before.Channels.ByChannel.Where(c => c.Value > 0 || c.Key != TouchpointChannel.Task).ToList();
        var average = before.AveragePerAccount is double avg ? avg.ToString("0.0", CultureInfo.InvariantCulture) : "—";
        Figure(html, "pre-engagement", "Touchpoints and channels before the first engagement", Inv($"{before.TouchpointCount} touchpoints before {before.AccountCount} first engagements — {average} per new client."), Svg.HorizontalBars(
            "pre-engagement", "Touchpoints", "Channel", channels.Select(c => Row(ChannelLabel(c.Key), c.Value, Inv($"{c.Value:#,0} ({(before.TouchpointCount == 0 ? 0 : (double)c.Value / before.TouchpointCount):P0})"))).ToList(), new[] { "Touchpoints" }));

        var path = report.Path;
        Figure(html, "path-to-first", Inv($"The path to the first engagement: {Number(path.MeanTouchpoints)} touchpoints over {Number(path.MeanChannels)} channels over {Number(path.MeanDays)} days"), Inv($"Of {path.Clients} clients won in the period (first engagement started in it); days from the first touchpoint for the {path.ClientsWithTouchpoints} with one. Means, with nearest-rank medians in the table."), PathTable(path), empty: path.Clients == 0);

        var v = report.Value;
        Figure(html, "value", Inv($"Client lifetime value: {Money(v.Mean)} per client"), Inv($"Sum of engagement values per client, over {v.Clients} clients (counting engagements started before the end); median {Money(v.Median)}."), Svg.HorizontalBars(
            "value", "Mean value per client", "Tier", v.ByTier.Select(t => new ChartRow(Inv($"{t.Key} ({t.Clients} clients)"), new double[] { (double)t.Mean }, new[] { Money(t.Mean) })).ToList(), new[] { "Mean per client" }) + ValueTable(v), empty: v.Clients == 0);

        Figure(html, "retention", "Retention by first-engagement year", "Share of each cohort with a repeat engagement within 1, 2 and 3 years of the first, of the clients whose window has ended before the period's end.", RetentionTable(report), empty: report.Retention.Count == 0);

        Figure(html, "satisfaction", "Satisfaction (1–5) and what follows it", "Completed engagements per score; clients by their latest score, and how many of them are advocates, repeat clients and referrers.", Svg.HorizontalBars(
            "satisfaction", "Completed engagements", "Score", report.Satisfaction.Select(r => Row(Inv($"{r.Score}"), r.Engagements, Svg.Number(r.Engagements))).ToList(), new[] { "Engagements" }) + SatisfactionTable(report), empty: report.Satisfaction.Sum(r => r.Engagements) == 0);

        Figure(html, "trends", "Trends: stage counts per month and flows per quarter", "Accounts per stage at each month's end; transitions within each quarter.", TrendsTables(report), wide: true, empty: report.Quarterly.All(q => q.Flows.Count == 0));

        var referrers = new StringBuilder("<table class=\"data\"><tr><th>Top referrers</th><th>Stage now</th><th class=\"n\">Referrals</th><th class=\"n\">Won</th></tr>");
        foreach (var source in report.TopReferrers)
        {
            referrers.Append(Inv($"<tr><td>{Svg.Escape(source.Name)}</td><td>{JourneyReport.StageLabel(source.StageNow)}</td><td class=\"n\">{source.Referrals}</td><td class=\"n\">{source.Won}</td></tr>"));
        }

        referrers.Append("</table>");
        Figure(html, "referral-sources", Inv($"Referral sources: {Svg.Percent(m.FormerClientReferralShare)} from former clients"), Inv($"{m.ReferralCount} referrals in the period, by the referrer's stage when it referred ({m.FormerClientReferralCount} from former clients)."), Svg.HorizontalBars(
            "referral-sources", "Referrals", "Referrer's stage at the time", report.ReferralsByReferrerStage.Select(r => Row(r.Label, r.Count, Inv($"{r.Count:#,0} ({(m.ReferralCount == 0 ? 0 : (double)r.Count / m.ReferralCount):P0})"))).ToList(), new[] { "Referrals" }) + referrers);

        var work = new StringBuilder("<table class=\"data\"><tr><th>Rule</th><th class=\"n\">Firings (nurture log)</th><th class=\"n\">Tasks created</th><th class=\"n\">Tasks completed</th><th class=\"n\">Digest emails</th></tr>");
        foreach (var r in report.TasksByRule)
        {
            work.Append(Inv($"<tr><td>{Svg.Escape(r.Rule)}</td><td class=\"n\">{r.Firings}</td><td class=\"n\">{(r.IsDigest ? "—" : Svg.Number(r.Created))}</td><td class=\"n\">{(r.IsDigest ? "—" : Svg.Number(r.Completed))}</td><td class=\"n\">{(r.IsDigest ? Svg.Number(r.DigestEmails) : "—")}</td></tr>"));
        }

        work.Append("</table>");
        Figure(html, "nurture-tasks", "Nurture work per rule: firings, tasks and digest emails", "Each firing in the period is a nurture-log row; an account rule's firing creates a task, a digest rule's an email.", Svg.HorizontalBars(
            "nurture-tasks",
            "Firings",
            "Nurture rule",
            report.TasksByRule.Select(r => new ChartRow(r.Rule, new double[] { r.Firings, r.IsDigest ? r.DigestEmails : r.Created, r.Completed }, new[] { Svg.Number(r.Firings), Svg.Number(r.IsDigest ? r.DigestEmails : r.Created), Svg.Number(r.Completed) })).ToList(),
            new[] { "Firings", "Tasks or emails", "Completed" }) + work, wide: true);

        html.Append("</div></main><footer>Generated by cjp report · CrmJourneyPlugins</footer></body></html>\n");
        return html.ToString();
    }

    /// <summary>A channel's label.</summary>
    public static string ChannelLabel(TouchpointChannel channel) => channel switch
    {
        TouchpointChannel.PhoneCall => "Phone call",
        _ => channel.ToString(),
    };

    private static string Share(int part, int whole) => whole == 0 ? "—" : ((double)part / whole).ToString("P0", CultureInfo.InvariantCulture);

    private static string Number(double? value) => value is double d ? d.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    private static string Money(decimal value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string OpenStaysTable(JourneyReport report)
    {
        var table = new StringBuilder("<table class=\"data\"><tr><th>Stage</th><th class=\"n\">Still in it at the end</th><th class=\"n\">Median days so far</th></tr>");
        foreach (var stay in report.OpenStays)
        {
            table.Append(Inv($"<tr><td>{JourneyReport.StageLabel(stay.Stage)}</td><td class=\"n\">{stay.Accounts}</td><td class=\"n\">{(stay.MedianDaysSoFar is int d ? Inv($"{d}") : "—")}</td></tr>"));
        }

        return table.Append("</table>").ToString();
    }

    private static string AffinityTable(JourneyReport report)
    {
        var lines = report.Affinity.Select(a => a.Bought).Concat(report.Affinity.Select(a => a.Also)).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList();
        var table = new StringBuilder("<table class=\"data\"><tr><th>Bought ↓ / also bought →</th><th class=\"n\">Clients</th>");
        foreach (var line in lines)
        {
            table.Append(Inv($"<th class=\"n\">{Svg.Escape(line)}</th>"));
        }

        table.Append("</tr>");
        foreach (var bought in lines)
        {
            var row = report.Affinity.Where(a => a.Bought == bought).ToList();
            table.Append(Inv($"<tr><td>{Svg.Escape(bought)}</td><td class=\"n\">{(row.Count == 0 ? 0 : row[0].Buyers)}</td>"));
            foreach (var also in lines)
            {
                var cell = row.FirstOrDefault(a => a.Also == also);
                table.Append(cell is null ? "<td class=\"n\">—</td>" : Inv($"<td class=\"n\" title=\"{cell.Both} of {cell.Buyers}\">{Svg.Percent(cell.Share)}</td>"));
            }

            table.Append("</tr>");
        }

        return table.Append("</table>").ToString();
    }

    private static string PathTable(Domain.Metrics.PathToFirstEngagement path)
    {
        var table = new StringBuilder("<table class=\"data\"><tr><th>Per client won</th><th class=\"n\">Mean</th><th class=\"n\">Median</th></tr>");
        table.Append(Inv($"<tr><td>Touchpoints before the first engagement</td><td class=\"n\">{Number(path.MeanTouchpoints)}</td><td class=\"n\">{path.MedianTouchpoints?.ToString(CultureInfo.InvariantCulture) ?? "—"}</td></tr>"));
        table.Append(Inv($"<tr><td>Distinct channels</td><td class=\"n\">{Number(path.MeanChannels)}</td><td class=\"n\">{path.MedianChannels?.ToString(CultureInfo.InvariantCulture) ?? "—"}</td></tr>"));
        table.Append(Inv($"<tr><td>Days from the first touchpoint</td><td class=\"n\">{Number(path.MeanDays)}</td><td class=\"n\">{path.MedianDays?.ToString(CultureInfo.InvariantCulture) ?? "—"}</td></tr></table>"));
        table.Append("<table class=\"data\"><tr><th>Channel mix</th><th class=\"n\">Touchpoints</th></tr>");
        foreach (var channel in path.ChannelMix.ByChannel.Where(c => c.Value > 0))
        {
            table.Append(Inv($"<tr><td>{ChannelLabel(channel.Key)}</td><td class=\"n\">{channel.Value} ({Share(channel.Value, path.Touchpoints)})</td></tr>"));
        }

        return table.Append("</table>").ToString();
    }

    private static string ValueTable(Domain.Metrics.ClientValueFigures value)
    {
        var table = new StringBuilder("<table class=\"data\"><tr><th>Service line</th><th class=\"n\">Clients</th><th class=\"n\">Value</th><th class=\"n\">Per client</th></tr>");
        foreach (var line in value.ByServiceLine)
        {
            table.Append(Inv($"<tr><td>{Svg.Escape(line.Key)}</td><td class=\"n\">{line.Clients}</td><td class=\"n\">{Money(line.Total)}</td><td class=\"n\">{Money(line.Mean)}</td></tr>"));
        }

        return table.Append("</table>").ToString();
    }

    private static string RetentionTable(JourneyReport report)
    {
        var table = new StringBuilder("<table class=\"data\"><tr><th>First engagement in</th><th class=\"n\">Clients</th><th class=\"n\">Within 1 year</th><th class=\"n\">Within 2 years</th><th class=\"n\">Within 3 years</th></tr>");
        foreach (var cohort in report.Retention)
        {
            table.Append(Inv($"<tr data-year=\"{cohort.Year}\"><td>{cohort.Year}</td><td class=\"n\">{cohort.Clients}</td>"));
            for (var i = 0; i < cohort.Observed.Count; i++)
            {
                table.Append(cohort.Observed[i] == 0 ? "<td class=\"n\">not yet</td>" : Inv($"<td class=\"n\">{Share(cohort.Retained[i], cohort.Observed[i])} ({cohort.Retained[i]} of {cohort.Observed[i]})</td>"));
            }

            table.Append("</tr>");
        }

        return table.Append("</table>").ToString();
    }

    private static string SatisfactionTable(JourneyReport report)
    {
        var table = new StringBuilder("<table class=\"data\"><tr><th>Latest score</th><th class=\"n\">Clients</th><th class=\"n\">Advocates</th><th class=\"n\">Repeat clients</th><th class=\"n\">Referrers</th></tr>");
        foreach (var r in report.Satisfaction)
        {
            table.Append(Inv($"<tr><td>{r.Score}</td><td class=\"n\">{r.Clients}</td><td class=\"n\">{r.Advocates} ({Share(r.Advocates, r.Clients)})</td><td class=\"n\">{r.RepeatClients} ({Share(r.RepeatClients, r.Clients)})</td><td class=\"n\">{r.Referrers} ({Share(r.Referrers, r.Clients)})</td></tr>"));
        }

        return table.Append("</table>").ToString();
    }

    private static string TrendsTables(JourneyReport report)
    {
        var table = new StringBuilder("<table class=\"data\"><tr><th>Month</th>");
        foreach (var stage in JourneyReport.Stages)
        {
            table.Append(Inv($"<th class=\"n\">{JourneyReport.StageLabel(stage)}</th>"));
        }

        table.Append("</tr>");
        foreach (var month in report.Monthly)
        {
            table.Append(Inv($"<tr><td>{month.Start:yyyy-MM}</td>"));
            foreach (var count in month.StageCounts)
            {
                table.Append(Inv($"<td class=\"n\">{count.Count}</td>"));
            }

            table.Append("</tr>");
        }

        table.Append("</table><table class=\"data\"><tr><th>Quarter from</th><th>Flows (from → to: transitions)</th></tr>");
        foreach (var quarter in report.Quarterly)
        {
            table.Append(Inv($"<tr><td>{quarter.Start:yyyy-MM-dd}</td><td>{Svg.Escape(string.Join("; ", quarter.Flows.Select(f => Inv($"{JourneyReport.StageLabel(f.From)} → {JourneyReport.StageLabel(f.To)}: {f.Count}"))))}</td></tr>"));
        }

        return table.Append("</table>").ToString();
    }

    private static ChartRow Row(string label, int value, string text) => new(label, new double[] { value }, new[] { text });

    private static void Kpi(StringBuilder html, string number, string text) =>
        html.Append(Inv($"<div class=\"kpi\"><div class=\"n\">{number}</div><div class=\"t\">{Svg.Escape(text)}</div></div>"));

    /// <summary>Writes a figure; one whose section has no data says so in data-empty="true" and in a note, so a check can tell an empty section from a drawn one.</summary>
    private static void Figure(StringBuilder html, string id, string title, string subtitle, string body, bool wide = false, bool empty = false) =>
        html.Append(Inv($"<figure id=\"{id}\"{(wide ? " class=\"wide\"" : string.Empty)} data-empty=\"{(empty ? "true" : "false")}\"><figcaption><h2>{Svg.Escape(title)}</h2><p>{Svg.Escape(subtitle)}</p></figcaption>{body}{(empty ? "<p class=\"note\">No data for this section in the period.</p>" : string.Empty)}</figure>"));

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
