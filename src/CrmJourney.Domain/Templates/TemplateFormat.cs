using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Domain.Templates;

/// <summary>
/// How values appear in task texts, independent of the server's or user's culture: dates as
/// <c>yyyy-MM-dd</c> (Gregorian), whole numbers with invariant digits and no grouping, lists joined
/// with ", " (as in "introduce Audit, Transaction services"; no "and"), an empty list as "none", a
/// missing value as "n/a". Stages, tiers and channels render as users read them ("Between
/// engagements", "Tier 1", "phone call").
/// </summary>
public static class TemplateFormat
{
    /// <summary>What a missing value (no date, no name, no channel) renders as.</summary>
    public const string Missing = "n/a";

    /// <summary>What an empty list renders as.</summary>
    public const string EmptyList = "none";

    /// <summary>The separator between list items.</summary>
    public const string ListSeparator = ", ";

    /// <summary>A date as yyyy-MM-dd (the time of day is dropped); null renders as "n/a".</summary>
    public static string Date(DateTime? value) =>
        value is null ? Missing : value.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A whole number with invariant digits; null renders as "n/a".</summary>
    public static string Number(int? value) =>
        value is null ? Missing : value.Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Items joined with ", " in the given order; blank items are skipped; empty renders as "none".</summary>
    public static string List(IEnumerable<string> items)
    {
        var kept = (items ?? throw new ArgumentNullException(nameof(items))).Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
        return kept.Count == 0 ? EmptyList : string.Join(ListSeparator, kept);
    }

    /// <summary>A journey stage as users read it, e.g. "Between engagements".</summary>
    public static string Stage(JourneyStage stage) => stage switch
    {
        JourneyStage.Prospect => "Prospect",
        JourneyStage.ActiveClient => "Active client",
        JourneyStage.BetweenEngagements => "Between engagements",
        JourneyStage.FormerClient => "Former client",
        _ => Missing,
    };

    /// <summary>A tier as users read it, e.g. "Tier 1"; null renders as "n/a".</summary>
    public static string Tier(ClientTier? tier) => tier switch
    {
        ClientTier.Tier1 => "Tier 1",
        ClientTier.Tier2 => "Tier 2",
        ClientTier.Tier3 => "Tier 3",
        _ => Missing,
    };

    /// <summary>A touchpoint channel in lower case, as it reads mid-sentence ("last: meeting on …").</summary>
    public static string Channel(TouchpointChannel? channel) => channel switch
    {
        TouchpointChannel.Email => "email",
        TouchpointChannel.PhoneCall => "phone call",
        TouchpointChannel.Meeting => "meeting",
        TouchpointChannel.Task => "task",
        TouchpointChannel.Letter => "letter",
        TouchpointChannel.Event => "event",
        _ => Missing,
    };

    /// <summary>
    /// The last contact as task reasons phrase it: "last: meeting on 2026-07-03", or "last on 2026-07-03"
    /// when the channel is unknown. One phrasing for every rule that measures silence.
    /// </summary>
    public static string LastContact(DateTime on, TouchpointChannel? channel) =>
        channel is null ? $"last on {Date(on)}" : $"last: {Channel(channel)} on {Date(on)}";

    /// <summary>A name or free text; blank renders as "n/a".</summary>
    public static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? Missing : value!.Trim();
}
