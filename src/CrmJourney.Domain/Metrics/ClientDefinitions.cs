using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CrmJourney.Domain.Engagements;

namespace CrmJourney.Domain.Metrics;

/// <summary>
/// The client terms every figure and rule uses (sweep, rules preview, report, summary tables, charts,
/// digests), defined once:
/// <list type="bullet">
/// <item>Bought: an engagement bought by an instant is Active or Completed and started before it. A
/// partner asks "what has this client bought from us?": work under way has been bought as much as work
/// delivered, so an active engagement in a second line means the client is no longer held to one line;
/// a Planned engagement has not been bought yet (proposals fall through) and a Cancelled one never was.
/// An engagement with no start date counts — imported history often lacks dates and its status says the
/// work happened (the account's stored counters count it too).</item>
/// <item>Service lines bought: the distinct lines of the engagements bought (what "bought one service
/// line" and the service-line affinity count).</item>
/// <item>Client: an account with an engagement bought before the instant.</item>
/// <item>Repeat client: a client with two or more engagements bought before the instant (it came back for
/// more work, whether or not the first had ended).</item>
/// <item>Completed by an instant: Completed and ended before it (no end date counts, as above).</item>
/// </list>
/// "Pigeonholed" is the Pigeonholed rule's own test (<c>PigeonholedEvaluator.Flags</c>) over a candidate
/// whose service lines are <see cref="ServiceLinesBought"/>, and "quiet" the Quiet rule's
/// (<c>QuietEvaluator.IsQuiet</c>), so the report, the sweep and the digests cannot disagree.
/// </summary>
public static class ClientDefinitions
{
    /// <summary>The statuses of an engagement that is bought (Active, Completed): what a query filters on.</summary>
    public static IReadOnlyList<EngagementStatus> BoughtStatuses { get; } =
        new ReadOnlyCollection<EngagementStatus>(new[] { EngagementStatus.Active, EngagementStatus.Completed });

    /// <summary>Whether an engagement of <paramref name="status"/> started on <paramref name="startedOn"/> is bought by <paramref name="asOf"/>.</summary>
    public static bool Bought(EngagementStatus status, DateTime? startedOn, DateTime asOf) =>
        BoughtStatuses.Contains(status) && (startedOn is not DateTime started || started < asOf);

    /// <summary>Whether <paramref name="engagement"/> is bought by <paramref name="asOf"/>.</summary>
    public static bool Bought(Engagement engagement, DateTime asOf) =>
        Bought((engagement ?? throw new ArgumentNullException(nameof(engagement))).Status, engagement.StartedOn, asOf);

    /// <summary>Whether <paramref name="engagement"/> is completed by <paramref name="asOf"/>.</summary>
    public static bool CompletedBy(Engagement engagement, DateTime asOf) =>
        (engagement ?? throw new ArgumentNullException(nameof(engagement))).Status == EngagementStatus.Completed
        && (engagement.EndedOn is not DateTime ended || ended < asOf);

    /// <summary>The distinct service lines of the engagements bought by <paramref name="asOf"/>, in ascending id order.</summary>
    public static IReadOnlyList<Guid> ServiceLinesBought(IEnumerable<Engagement> engagements, DateTime asOf) =>
        (engagements ?? throw new ArgumentNullException(nameof(engagements)))
            .Where(e => Bought(e, asOf))
            .Select(e => e.ServiceLineId)
            .Distinct()
            .OrderBy(id => id)
            .ToList();

    /// <summary>Engagements bought before <paramref name="end"/>, per account.</summary>
    public static IReadOnlyDictionary<Guid, int> EngagementsStartedBefore(IEnumerable<Engagement> engagements, DateTime end) =>
        (engagements ?? throw new ArgumentNullException(nameof(engagements)))
            .Where(e => Bought(e, end))
            .GroupBy(e => e.AccountId)
            .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The repeat clients at <paramref name="end"/>.</summary>
    public static ISet<Guid> RepeatClients(IEnumerable<Engagement> engagements, DateTime end) =>
        new HashSet<Guid>(EngagementsStartedBefore(engagements, end).Where(p => p.Value >= 2).Select(p => p.Key));
}
