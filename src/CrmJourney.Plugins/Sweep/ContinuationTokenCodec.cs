using System;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// Writes and reads continuation tokens: <c>cjps1.</c> + base64url(JSON state) + <c>.</c> + the first
/// 16 bytes of SHA-256 over a fixed domain string and the payload, in hex. The JSON holds the format
/// version, the as-of instant, the rule filter, the dry-run flag, the next page number and paging
/// cookie, pages done and the totals. Opaque to callers; the checksum catches edits and truncation,
/// the prefix and version catch tokens of other sweeps or versions. It is not a secret: the state it
/// carries is nothing a caller could not read from the summary.
/// </summary>
internal static class ContinuationTokenCodec
{
    public const string Prefix = "cjps1";
    private const int Version = 1;
    private const string ChecksumDomain = "CrmJourney nurture sweep continuation token v1\n";

    public static string Encode(SweepState state)
    {
        var totals = state.Totals;
        var json = new JObject
        {
            ["v"] = Version,
            ["asOf"] = state.AsOf.ToString("o", CultureInfo.InvariantCulture),
            ["ruleId"] = state.RuleId?.ToString("D", CultureInfo.InvariantCulture),
            ["dryRun"] = state.DryRun,
            ["page"] = state.NextPage,
            ["cookie"] = state.PagingCookie,
            ["pagesDone"] = state.PagesDone,
            ["totals"] = new JObject
            {
                ["evaluated"] = totals.EvaluatedAccounts,
                ["cooldown"] = totals.SkippedForCooldown,
                ["openTask"] = totals.SkippedOpenTask,
                ["alreadyFired"] = totals.SkippedAlreadyFired,
                ["detractors"] = totals.SkippedDetractors,
                ["concurrent"] = totals.SkippedConcurrent,
                ["transitions"] = totals.Transitions,
                ["logs"] = totals.LogsCreated,
                ["tasks"] = totals.TasksCreated,
                ["digests"] = totals.DigestsCreated,
                ["sent"] = totals.DigestsSent,
                ["fired"] = new JObject(totals.FiredByRule.OrderBy(p => p.Key).Select(p => new JProperty(p.Key.ToString("D", CultureInfo.InvariantCulture), p.Value))),
            },
        };
        var payload = ToBase64Url(Encoding.UTF8.GetBytes(json.ToString(Formatting.None)));
        return Prefix + "." + payload + "." + Checksum(payload);
    }

    public static SweepState Decode(string token)
    {
        var parts = (token ?? string.Empty).Trim().Split('.');
        if (parts.Length != 3 || parts[0] != Prefix)
        {
            throw Refuse("it is not a nurture sweep token of this version");
        }

        if (!string.Equals(parts[2], Checksum(parts[1]), StringComparison.Ordinal))
        {
            throw Refuse("its checksum does not match its content, so it was changed or cut short");
        }

        try
        {
            var json = JObject.Parse(Encoding.UTF8.GetString(FromBase64Url(parts[1])));
            if (json.Value<int>("v") != Version)
            {
                throw Refuse("it was issued by another version of the sweep");
            }

            var totalsJson = (JObject)json["totals"]!;
            var totals = new SweepTotals
            {
                EvaluatedAccounts = totalsJson.Value<int>("evaluated"),
                SkippedForCooldown = totalsJson.Value<int>("cooldown"),
                SkippedOpenTask = totalsJson.Value<int>("openTask"),
                SkippedAlreadyFired = totalsJson.Value<int>("alreadyFired"),
                SkippedDetractors = totalsJson.Value<int>("detractors"),
                SkippedConcurrent = totalsJson.Value<int>("concurrent"),
                Transitions = totalsJson.Value<int>("transitions"),
                LogsCreated = totalsJson.Value<int>("logs"),
                TasksCreated = totalsJson.Value<int>("tasks"),
                DigestsCreated = totalsJson.Value<int>("digests"),
                DigestsSent = totalsJson.Value<int>("sent"),
            };
            foreach (var fired in ((JObject)totalsJson["fired"]!).Properties())
            {
                totals.FiredByRule[Guid.Parse(fired.Name)] = fired.Value.Value<int>();
            }

            var ruleId = json.Value<string?>("ruleId");
            var pagesDone = json.Value<int>("pagesDone");
            var asOf = DateTime.Parse(json.Value<string>("asOf")!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            return new SweepState(
                DateTime.SpecifyKind(asOf, DateTimeKind.Utc),
                ruleId is null ? null : Guid.Parse(ruleId),
                json.Value<bool>("dryRun"),
                json.Value<int>("page"),
                json.Value<string?>("cookie"),
                pagesDone,
                totals)
            {
                PagesDoneBefore = pagesDone,
            };
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidCastException or NullReferenceException or ArgumentException)
        {
            throw Refuse("its content cannot be read");
        }
    }

    private static InvalidPluginExecutionException Refuse(string why) =>
        new($"The continuation token was refused: {why}. Pass the token exactly as the previous call of cjp_RunNurtureSweep returned it, or start a new sweep without a token.");

    private static string Checksum(string payload)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(ChecksumDomain + payload));
        return string.Concat(hash.Take(16).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    private static string ToBase64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64 + new string('=', (4 - (base64.Length % 4)) % 4));
    }
}
