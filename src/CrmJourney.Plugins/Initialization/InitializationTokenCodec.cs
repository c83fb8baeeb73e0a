using System;
using System.Globalization;
using CrmJourney.Domain.Json;
using CrmJourney.Plugins.Mapping;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Initialization;

/// <summary>Writes and reads the initialization's continuation tokens (<see cref="SealedToken"/>, prefix <c>cjpi1</c>).</summary>
internal static class InitializationTokenCodec
{
    public const string Prefix = "cjpi1";
    private const string Domain = "CrmJourney journey initialization continuation token v1\n";

    public static string Encode(InitializationState state)
    {
        var json = new JsonObject
        {
            ["asOf"] = state.AsOf.ToString("o", CultureInfo.InvariantCulture),
            ["dryRun"] = state.DryRun,
            ["lengthDays"] = state.EngagementLengthDays,
            ["fallback"] = state.FallbackServiceLineId?.ToString("D", CultureInfo.InvariantCulture),
            ["page"] = state.NextPage,
            ["cookie"] = state.PagingCookie,
            ["pages"] = state.PagesDone,
            ["initialized"] = state.AccountsInitialized,
            ["skipped"] = state.AccountsSkipped,
            ["engagements"] = state.EngagementsCreated,
            ["transitions"] = state.TransitionsCreated,
            ["referrals"] = state.ReferralsCreated,
            ["touchpoints"] = state.TouchpointsCounted,
            ["claimed"] = state.ClaimedByAnother,
            ["byStage"] = Counts(state.ByStage),
            ["byOutcome"] = Counts(state.ByOutcome),
        };
        return SealedToken.Seal(Prefix, Domain, json.ToString());
    }

    public static InitializationState Decode(string token)
    {
        var payload = SealedToken.Open(token, Prefix, Domain, "journey initialization", out var why) ?? throw Refuse(why);
        try
        {
            var json = (JsonObject)JsonValue.Parse(payload);
            var fallback = Text(json, "fallback");
            var state = new InitializationState(
                DateTime.SpecifyKind(DateTime.Parse(Text(json, "asOf")!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), DateTimeKind.Utc),
                ((JsonBoolean)json["dryRun"]!).Value,
                Int(json, "lengthDays"),
                fallback is null ? null : Guid.Parse(fallback))
            {
                NextPage = Int(json, "page"),
                PagingCookie = Text(json, "cookie"),
                PagesDone = Int(json, "pages"),
                AccountsInitialized = Int(json, "initialized"),
                AccountsSkipped = Int(json, "skipped"),
                EngagementsCreated = Int(json, "engagements"),
                TransitionsCreated = Int(json, "transitions"),
                ReferralsCreated = Int(json, "referrals"),
                TouchpointsCounted = Int(json, "touchpoints"),
                ClaimedByAnother = Int(json, "claimed"),
            };
            Read((JsonObject)json["byStage"]!, state.ByStage);
            Read((JsonObject)json["byOutcome"]!, state.ByOutcome);
            return state;
        }
        catch (Exception exception) when (exception is JsonSyntaxException or FormatException or InvalidCastException or NullReferenceException or ArgumentException)
        {
            throw Refuse("its content cannot be read");
        }
    }

    private static JsonObject Counts(System.Collections.Generic.Dictionary<string, int> counts)
    {
        var json = new JsonObject();
        foreach (var pair in counts)
        {
            json[pair.Key] = pair.Value;
        }

        return json;
    }

    private static void Read(JsonObject json, System.Collections.Generic.Dictionary<string, int> into)
    {
        foreach (var property in json.Properties)
        {
            into[property.Name] = Int(property.Value);
        }
    }

    private static int Int(JsonObject json, string name) => Int(json[name] ?? throw new FormatException($"The token has no {name}."));

    private static int Int(JsonValue value) =>
        value is JsonNumber number && number.TryGetInt32(out var whole) ? whole : throw new FormatException("A count in the token is not a whole number.");

    private static string? Text(JsonObject json, string name) => json[name] switch
    {
        null or JsonNull => null,
        JsonString text => text.Value,
        _ => throw new FormatException($"The token's {name} is not a text."),
    };

    private static InvalidPluginExecutionException Refuse(string why) =>
        new($"The continuation token was refused: {why}. Pass the token exactly as the previous call of cjp_InitializeJourney returned it, or start again without a token (accounts already initialized are skipped).");
}
