using System;
using System.Globalization;
using System.Linq;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Json;
using CrmJourney.Domain.Metrics;
using CrmJourney.Plugins.Mapping;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// Writes and reads continuation tokens: <c>cjps1.</c> + base64url(JSON state) + <c>.</c> + the first
/// 16 bytes of SHA-256 over a fixed domain string and the payload, in hex. The JSON holds the format
/// version, the as-of instant, the rule filter, the dry-run flag, the next page number and paging
/// cookie, pages done, the totals and, when read, the service-line affinity (the lines by id and the
/// (first, second, clients) counts by index into them: a few hundred bytes for a firm's catalogue). Opaque to callers; the checksum catches edits and truncation,
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
        var json = new JsonObject
        {
            ["v"] = Version,
            ["asOf"] = state.AsOf.ToString("o", CultureInfo.InvariantCulture),
            ["ruleId"] = state.RuleId?.ToString("D", CultureInfo.InvariantCulture),
            ["dryRun"] = state.DryRun,
            ["page"] = state.NextPage,
            ["cookie"] = state.PagingCookie,
            ["pagesDone"] = state.PagesDone,
            ["totals"] = new JsonObject
            {
                ["evaluated"] = totals.EvaluatedAccounts,
                ["unstaged"] = totals.AccountsWithoutStage.Count,
                ["unstagedAtLeast"] = totals.AccountsWithoutStage.IsLowerBound,
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
                ["fired"] = Fired(totals),
            },
        };
        if (state.Affinity is { } affinity)
        {
            json["affinity"] = Affinity(affinity);
        }

        return SealedToken.Seal(Prefix, ChecksumDomain, json.ToString());
    }

    public static SweepState Decode(string token)
    {
        var payload = SealedToken.Open(token, Prefix, ChecksumDomain, "nurture sweep", out var why) ?? throw Refuse(why);
        try
        {
            var json = (JsonObject)JsonValue.Parse(payload);
            if (Int(json, "v") != Version)
            {
                throw Refuse("it was issued by another version of the sweep");
            }

            var totalsJson = (JsonObject)json["totals"]!;
            var totals = new SweepTotals
            {
                EvaluatedAccounts = Int(totalsJson, "evaluated"),
                SkippedForCooldown = Int(totalsJson, "cooldown"),
                SkippedOpenTask = Int(totalsJson, "openTask"),
                SkippedAlreadyFired = Int(totalsJson, "alreadyFired"),
                SkippedDetractors = Int(totalsJson, "detractors"),
                SkippedConcurrent = Int(totalsJson, "concurrent"),
                Transitions = Int(totalsJson, "transitions"),
                LogsCreated = Int(totalsJson, "logs"),
                TasksCreated = Int(totalsJson, "tasks"),
                DigestsCreated = Int(totalsJson, "digests"),
                DigestsSent = Int(totalsJson, "sent"),
                AccountsWithoutStage = Unstaged(totalsJson),
            };
            foreach (var fired in ((JsonObject)totalsJson["fired"]!).Properties)
            {
                totals.FiredByRule[Guid.Parse(fired.Name)] = Int(fired.Value);
            }

            var ruleId = OptionalText(json, "ruleId");
            var pagesDone = Int(json, "pagesDone");
            var asOf = DateTime.Parse(OptionalText(json, "asOf")!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            return new SweepState(
                DateTime.SpecifyKind(asOf, DateTimeKind.Utc),
                ruleId is null ? null : Guid.Parse(ruleId),
                ((JsonBoolean)json["dryRun"]!).Value,
                Int(json, "page"),
                OptionalText(json, "cookie"),
                pagesDone,
                totals)
            {
                PagesDoneBefore = pagesDone,
                Affinity = json["affinity"] is JsonObject affinity ? Affinity(affinity) : null,
            };
        }
        catch (Exception exception) when (exception is JsonSyntaxException or FormatException or InvalidCastException or NullReferenceException or ArgumentException)
        {
            throw Refuse("its content cannot be read");
        }
    }

    private static JsonObject Fired(SweepTotals totals)
    {
        var fired = new JsonObject();
        foreach (var pair in totals.FiredByRule.OrderBy(p => p.Key))
        {
            fired[pair.Key.ToString("D", CultureInfo.InvariantCulture)] = pair.Value;
        }

        return fired;
    }

    // Tokens issued before the count existed carry none: their sweep simply reports none.
    private static AccountsWithoutStage Unstaged(JsonObject totals) =>
        totals["unstaged"] is null
            ? AccountsWithoutStage.None
            : new AccountsWithoutStage(Int(totals, "unstaged"), totals["unstagedAtLeast"] is JsonBoolean { Value: true });

    private static JsonObject Affinity(ServiceLineAffinity affinity)
    {
        var counts = affinity.Counts();
        var lines = counts.Select(c => c.First).Concat(counts.Select(c => c.Second)).Distinct().OrderBy(id => id).ToList();
        var index = lines.Select((id, i) => new { id, i }).ToDictionary(x => x.id, x => x.i);
        return new JsonObject
        {
            ["lines"] = new JsonArray(lines.Select(id => (JsonValue)id.ToString("D", CultureInfo.InvariantCulture))),
            ["counts"] = new JsonArray(counts.Select(c => (JsonValue)new JsonArray(new JsonValue[] { index[c.First], index[c.Second], c.Clients }))),
        };
    }

    private static ServiceLineAffinity Affinity(JsonObject json)
    {
        var lines = ((JsonArray)json["lines"]!).Select(l => Guid.Parse(((JsonString)l).Value)).ToList();
        return ServiceLineAffinity.FromCounts(((JsonArray)json["counts"]!)
            .Select(c => (JsonArray)c)
            .Select(c => new ServiceLinePairCount(lines[Int(c[0])], lines[Int(c[1])], Int(c[2])))
            .ToList());
    }

    // A token's numbers are whole numbers the codec wrote itself; anything else is a changed token.
    private static int Int(JsonObject json, string name) => Int(json[name] ?? throw new FormatException($"The token has no {name}."));

    private static int Int(JsonValue value) =>
        value is JsonNumber number && number.TryGetInt32(out var whole) ? whole : throw new FormatException("A count in the token is not a whole number.");

    private static string? OptionalText(JsonObject json, string name) => json[name] switch
    {
        null or JsonNull => null,
        JsonString text => text.Value,
        _ => throw new FormatException($"The token's {name} is not a text."),
    };

    private static InvalidPluginExecutionException Refuse(string why) =>
        new($"The continuation token was refused: {why}. Pass the token exactly as the previous call of cjp_RunNurtureSweep returned it, or start a new sweep without a token.");
}
