using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Json;

namespace CrmJourney.Plugins.Opportunities;

/// <summary>
/// The Lose step's unsecure configuration: which opportunity status reasons mean "not now" and which
/// "no way", and how many days after a "not now" loss the prospect is revisited, e.g.
/// <c>{"notNow":[4],"noWay":[5],"revisitAfterDays":180}</c> (4 Canceled, 5 Out-Sold). Parsed once when
/// Dataverse creates the plugin; a bad configuration is kept as its problems, and every Lose then fails
/// with them, so an administrator sees what to fix instead of outcomes silently not being set.
/// Immutable, so the cached plugin instance can share it across threads.
/// </summary>
public sealed class LoseOutcomeConfiguration
{
    /// <summary>The configuration the step is registered with.</summary>
    public const string Default = "{\"notNow\":[4],\"noWay\":[5],\"revisitAfterDays\":180}";

    private const string NotNowKey = "notNow";
    private const string NoWayKey = "noWay";
    private const string RevisitKey = "revisitAfterDays";
    private const string Example = "{\"notNow\":[4],\"noWay\":[5],\"revisitAfterDays\":180}";

    private LoseOutcomeConfiguration(IReadOnlyList<int> notNow, IReadOnlyList<int> noWay, int revisitAfterDays, IReadOnlyList<string> problems)
    {
        NotNowStatuses = notNow;
        NoWayStatuses = noWay;
        RevisitAfterDays = revisitAfterDays;
        Problems = problems;
    }

    /// <summary>Status reasons that mean "not now".</summary>
    public IReadOnlyList<int> NotNowStatuses { get; }

    /// <summary>Status reasons that mean "no way".</summary>
    public IReadOnlyList<int> NoWayStatuses { get; }

    /// <summary>Days from the loss to the revisit date of a "not now" prospect.</summary>
    public int RevisitAfterDays { get; }

    /// <summary>What is wrong with the configuration; empty when it is usable.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>True when the configuration can be used.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>The outcome a lost status reason maps to, or null when the configuration does not map it.</summary>
    public ProspectOutcome? OutcomeFor(int statusReason) =>
        NotNowStatuses.Contains(statusReason) ? ProspectOutcome.NotNow
        : NoWayStatuses.Contains(statusReason) ? ProspectOutcome.NoWay
        : null;

    /// <summary>Reads <paramref name="json"/>; never throws, problems are kept in <see cref="Problems"/>.</summary>
    public static LoseOutcomeConfiguration Parse(string? json)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(json))
        {
            return Invalid($"The step has no configuration; set its unsecure configuration to JSON such as {Example}.");
        }

        JsonObject root;
        try
        {
            root = JsonValue.Parse(json!) as JsonObject ?? throw new JsonSyntaxException("the text is JSON but not an object");
        }
        catch (JsonSyntaxException ex)
        {
            return Invalid($"The configuration is not a JSON object ({ex.Message}); write it like {Example}.");
        }

        foreach (var unknown in root.Properties.Where(p => p.Name != NotNowKey && p.Name != NoWayKey && p.Name != RevisitKey))
        {
            problems.Add($"\"{unknown.Name}\" is not a setting; the settings are \"{NotNowKey}\", \"{NoWayKey}\" and \"{RevisitKey}\".");
        }

        var notNow = ReadStatuses(root, NotNowKey, problems);
        var noWay = ReadStatuses(root, NoWayKey, problems);
        foreach (var both in notNow.Intersect(noWay))
        {
            problems.Add($"Status reason {both} is in both \"{NotNowKey}\" and \"{NoWayKey}\"; keep it in one of them.");
        }

        var revisit = root[RevisitKey];
        var revisitAfterDays = 0;
        if (revisit is not JsonNumber number || !number.TryGetInt32(out revisitAfterDays) || revisitAfterDays < 1)
        {
            problems.Add($"\"{RevisitKey}\" must be a whole number of days, at least 1 (e.g. 180).");
        }

        return new LoseOutcomeConfiguration(notNow, noWay, revisitAfterDays, problems.AsReadOnly());
    }

    private static ReadOnlyCollection<int> ReadStatuses(JsonObject root, string key, List<string> problems)
    {
        var token = root[key];
        if (token == null)
        {
            problems.Add($"\"{key}\" is missing; list the opportunity status reasons it covers, e.g. [4].");
            return new ReadOnlyCollection<int>(Array.Empty<int>());
        }

        var statuses = new List<int>();
        if (token is not JsonArray array || array.Any(item => !(item is JsonNumber number && number.TryGetInt32(out _))))
        {
            problems.Add($"\"{key}\" must be a list of status reason numbers, e.g. [4].");
            return new ReadOnlyCollection<int>(Array.Empty<int>());
        }

        foreach (JsonNumber item in array)
        {
            item.TryGetInt32(out var status);
            statuses.Add(status);
        }

        return statuses.Distinct().ToList().AsReadOnly();
    }

    private static LoseOutcomeConfiguration Invalid(string problem) =>
        new(Array.Empty<int>(), Array.Empty<int>(), 0, new[] { problem });
}
