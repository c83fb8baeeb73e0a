using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CrmJourney.Domain.Metrics;

namespace CrmJourney.Cli.Reporting;

/// <summary>
/// The report's figures for machines: one JSON document with every figure (camelCase names, dates
/// yyyy-MM-dd, shares as fractions 0–1 with their numerator and base beside them) and one CSV per
/// section (comma-separated, RFC 4180 quoting, invariant culture). The README lists the names.
/// </summary>
public static class ReportExport
{
    private static readonly JsonSerializerOptions _json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The CSV file names, one per section.</summary>
    public static readonly IReadOnlyList<string> CsvFiles = new[]
    {
        "stage-counts.csv", "flows.csv", "conversions.csv", "funnel.csv", "outcomes.csv", "lost-reasons.csv", "former-sentiment.csv", "time-in-stage.csv",
        "quiet-by-partner.csv", "pigeonholed.csv", "affinity.csv", "path-to-first.csv", "value-by-tier.csv", "value-by-service-line.csv", "retention.csv",
        "satisfaction.csv", "monthly-stage-counts.csv", "quarterly-flows.csv", "referrals-by-stage.csv", "nurture-work.csv",
    };

    /// <summary>Every figure as one JSON document; the unstaged accounts' sentence names <paramref name="dataFolder"/> in its fix when given.</summary>
    public static string ToJson(JourneyReport report, string? dataFolder = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = report.Metrics;
        var document = new
        {
            period = new { from = Day(report.Range.From), lastDay = Day(report.Range.To.AddDays(-1)) },

            // Named as AccountsWithoutStage's JSON name constants (the camelCase policy keeps them as written).
            accountsWithoutStage = report.AccountsWithoutStage.Count,
            accountsWithoutStageIsLowerBound = report.AccountsWithoutStage.IsLowerBound,
            accountsWithoutStageMessage = report.AccountsWithoutStage.Sentence(dataFolder),
            stageCounts = report.StageCounts.Select(c => new { stage = c.Stage.ToString(), accounts = c.Count }),
            flows = m.Flows.Select(f => new { from = f.From.ToString(), to = f.To.ToString(), transitions = f.Count }),
            conversions = m.Conversions.Select(c => new { kind = c.Kind.ToString(), converted = c.Numerator, @base = c.Denominator, rate = c.Rate }),
            funnel = report.Funnel.Select(f => new { step = f.Label, accounts = f.Count }),
            outcomes = new
            {
                prospects = report.Outcomes.Prospects,
                engaged = report.Outcomes.Engaged,
                notNow = report.Outcomes.NotNow,
                noWay = report.Outcomes.NoWay,
                open = report.Outcomes.Open,
                lostReasons = report.Outcomes.LostReasons.Select(r => new { reason = r.Reason, opportunities = r.Count }),
                notNowProspects = report.Outcomes.NotNowProspects,
                wonOnRevisit = report.Outcomes.WonOnRevisit,
            },
            formerBySentiment = report.FormerBySentiment.Select(s => new { sentiment = s.Sentiment, accounts = s.Accounts, reasons = s.Reasons.Select(r => new { reason = r.Reason, accounts = r.Count }), referrers = s.Referrers, referrals = s.Referrals }),
            winBacks = report.WinBacks,
            timeInStage = m.TimeInStages.Select(t => new { stage = t.Stage.ToString(), completedStays = t.StayCount, medianDays = t.MedianDays, p90Days = t.P90Days }),
            openStays = report.OpenStays.Select(s => new { stage = s.Stage.ToString(), accounts = s.Accounts, medianDaysSoFar = s.MedianDaysSoFar }),
            quiet = new { thresholdDays = report.QuietDays, total = report.QuietByPartner.Sum(q => q.Count), byPartner = report.QuietByPartner.Select(q => new { partner = q.Label, clients = q.Count }) },
            pigeonholed = new { clients = report.PigeonholedClients, @base = report.PigeonholedBase, minimumCompletedEngagements = report.PigeonholedMinimum, byServiceLine = report.PigeonholedLines.Select(p => new { serviceLine = p.Label, clients = p.Count }) },
            repeatClients = report.RepeatClients,
            affinity = report.Affinity.Select(a => new { bought = a.Bought, also = a.Also, buyers = a.Buyers, both = a.Both, share = a.Share }),
            pathToFirstEngagement = new
            {
                clients = report.Path.Clients,
                clientsWithTouchpoints = report.Path.ClientsWithTouchpoints,
                touchpoints = report.Path.Touchpoints,
                meanTouchpoints = report.Path.MeanTouchpoints,
                medianTouchpoints = report.Path.MedianTouchpoints,
                meanChannels = report.Path.MeanChannels,
                medianChannels = report.Path.MedianChannels,
                meanDays = report.Path.MeanDays,
                medianDays = report.Path.MedianDays,
                channelMix = report.Path.ChannelMix.ByChannel.Where(c => c.Value > 0).Select(c => new { channel = c.Key.ToString(), touchpoints = c.Value }),
            },
            lifetimeValue = new
            {
                clients = report.Value.Clients,
                total = report.Value.Total,
                mean = report.Value.Mean,
                median = report.Value.Median,
                byTier = report.Value.ByTier.Select(r => new { tier = r.Key, clients = r.Clients, total = r.Total, mean = r.Mean }),
                byServiceLine = report.Value.ByServiceLine.Select(r => new { serviceLine = r.Key, clients = r.Clients, total = r.Total, mean = r.Mean }),
            },
            retention = report.Retention.Select(c => new { year = c.Year, clients = c.Clients, horizons = RetentionCohort.Horizons.Select((h, i) => new { years = h, @base = c.Observed[i], retained = c.Retained[i] }) }),
            satisfaction = report.Satisfaction.Select(r => new { score = r.Score, engagements = r.Engagements, clients = r.Clients, advocates = r.Advocates, repeatClients = r.RepeatClients, referrers = r.Referrers }),
            monthlyStageCounts = report.Monthly.Select(p => new { month = p.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture), counts = p.StageCounts.Select(c => new { stage = c.Stage.ToString(), accounts = c.Count }) }),
            quarterlyFlows = report.Quarterly.Select(p => new { from = Day(p.Start), flows = p.Flows.Select(f => new { from = f.From.ToString(), to = f.To.ToString(), transitions = f.Count }) }),
            referrals = new { total = m.ReferralCount, fromFormerClients = m.FormerClientReferralCount, byReferrerStage = report.ReferralsByReferrerStage.Select(r => new { stage = r.Label, referrals = r.Count }) },
            nurtureWork = report.TasksByRule.Select(r => new { rule = r.Rule, firings = r.Firings, tasksCreated = r.Created, tasksCompleted = r.Completed, digestEmails = r.DigestEmails, isDigest = r.IsDigest }),
        };
        return JsonSerializer.Serialize(document, _json) + "\n";
    }

    /// <summary>The CSV text of each section, by file name (<see cref="CsvFiles"/>).</summary>
    public static IReadOnlyDictionary<string, string> ToCsv(JourneyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = report.Metrics;
        var o = report.Outcomes;
        return new Dictionary<string, string>
        {
            ["stage-counts.csv"] = Csv(new[] { "stage", "accounts" }, report.StageCounts.Select(c => new object?[] { c.Stage, c.Count })),
            ["flows.csv"] = Csv(new[] { "from", "to", "transitions" }, m.Flows.Select(f => new object?[] { f.From, f.To, f.Count })),
            ["conversions.csv"] = Csv(new[] { "kind", "converted", "base", "rate" }, m.Conversions.Select(c => new object?[] { c.Kind, c.Numerator, c.Denominator, c.Rate })),
            ["funnel.csv"] = Csv(new[] { "step", "accounts" }, report.Funnel.Select(f => new object?[] { f.Label, f.Count })),
            ["outcomes.csv"] = Csv(new[] { "outcome", "prospects", "base" }, new[] { ("Engaged", o.Engaged), ("NotNow", o.NotNow), ("NoWay", o.NoWay), ("Open", o.Open), ("NotNowProspects", o.NotNowProspects), ("WonOnRevisit", o.WonOnRevisit) }.Select(x => new object?[] { x.Item1, x.Item2, o.Prospects })),
            ["lost-reasons.csv"] = Csv(new[] { "reason", "opportunities" }, o.LostReasons.Select(r => new object?[] { r.Reason, r.Count })),
            ["former-sentiment.csv"] = Csv(new[] { "sentiment", "reason", "accounts" }, report.FormerBySentiment.SelectMany(s => s.Reasons.Select(r => new object?[] { s.Sentiment, r.Reason, r.Count }))),
            ["time-in-stage.csv"] = Csv(new[] { "stage", "completed_stays", "median_days", "p90_days", "open_stays", "median_days_so_far" }, m.TimeInStages.Zip(report.OpenStays, (t, s) => new object?[] { t.Stage, t.StayCount, t.MedianDays, t.P90Days, s.Accounts, s.MedianDaysSoFar })),
            ["quiet-by-partner.csv"] = Csv(new[] { "partner", "quiet_clients", "threshold_days" }, report.QuietByPartner.Select(q => new object?[] { q.Label, q.Count, report.QuietDays })),
            ["pigeonholed.csv"] = Csv(new[] { "service_line", "pigeonholed_clients", "base" }, report.PigeonholedLines.Select(p => new object?[] { p.Label, p.Count, report.PigeonholedBase })),
            ["affinity.csv"] = Csv(new[] { "bought", "also_bought", "buyers", "both", "share" }, report.Affinity.Select(a => new object?[] { a.Bought, a.Also, a.Buyers, a.Both, a.Share })),
            ["path-to-first.csv"] = Csv(new[] { "figure", "value" }, new object?[][]
            {
                new object?[] { "clients", report.Path.Clients }, new object?[] { "clients_with_touchpoints", report.Path.ClientsWithTouchpoints }, new object?[] { "touchpoints", report.Path.Touchpoints },
                new object?[] { "mean_touchpoints", report.Path.MeanTouchpoints }, new object?[] { "median_touchpoints", report.Path.MedianTouchpoints }, new object?[] { "mean_channels", report.Path.MeanChannels },
                new object?[] { "median_channels", report.Path.MedianChannels }, new object?[] { "mean_days", report.Path.MeanDays }, new object?[] { "median_days", report.Path.MedianDays },
            }.Concat(report.Path.ChannelMix.ByChannel.Where(c => c.Value > 0).Select(c => new object?[] { "channel_" + c.Key, c.Value }))),
            ["value-by-tier.csv"] = Csv(new[] { "tier", "clients", "total", "mean" }, report.Value.ByTier.Select(r => new object?[] { r.Key, r.Clients, r.Total, r.Mean })),
            ["value-by-service-line.csv"] = Csv(new[] { "service_line", "clients", "total", "mean" }, report.Value.ByServiceLine.Select(r => new object?[] { r.Key, r.Clients, r.Total, r.Mean })),
            ["retention.csv"] = Csv(new[] { "year", "clients", "years", "base", "retained" }, report.Retention.SelectMany(c => RetentionCohort.Horizons.Select((h, i) => new object?[] { c.Year, c.Clients, h, c.Observed[i], c.Retained[i] }))),
            ["satisfaction.csv"] = Csv(new[] { "score", "engagements", "clients", "advocates", "repeat_clients", "referrers" }, report.Satisfaction.Select(r => new object?[] { r.Score, r.Engagements, r.Clients, r.Advocates, r.RepeatClients, r.Referrers })),
            ["monthly-stage-counts.csv"] = Csv(new[] { "month", "stage", "accounts" }, report.Monthly.SelectMany(p => p.StageCounts.Select(c => new object?[] { p.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture), c.Stage, c.Count }))),
            ["quarterly-flows.csv"] = Csv(new[] { "quarter_from", "from", "to", "transitions" }, report.Quarterly.SelectMany(p => p.Flows.Select(f => new object?[] { Day(p.Start), f.From, f.To, f.Count }))),
            ["referrals-by-stage.csv"] = Csv(new[] { "referrer_stage", "referrals" }, report.ReferralsByReferrerStage.Select(r => new object?[] { r.Label, r.Count })),
            ["nurture-work.csv"] = Csv(new[] { "rule", "firings", "tasks_created", "tasks_completed", "digest_emails" }, report.TasksByRule.Select(r => new object?[] { r.Rule, r.Firings, r.Created, r.Completed, r.DigestEmails })),
        };
    }

    /// <summary>Writes the CSV files into <paramref name="folder"/> (created if missing).</summary>
    public static void WriteCsv(JourneyReport report, string folder)
    {
        var files = ToCsv(report);
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }
    }

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Csv(IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        var csv = new StringBuilder(string.Join(',', header)).Append("\r\n");
        foreach (var row in rows)
        {
            csv.Append(string.Join(',', row.Select(Field))).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            double d => d.ToString("0.####", CultureInfo.InvariantCulture),
            decimal d => d.ToString("0.##", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        return text.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
