using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Engagements;

namespace CrmJourney.Domain.Metrics;

/// <summary>
/// The client terms every figure uses (report, summary tables, charts), defined once:
/// <list type="bullet">
/// <item>Client: an account with a counting engagement (active or completed) started before the instant.</item>
/// <item>Repeat client: a client with two or more counting engagements started before the instant
/// (it came back for more work, whether or not the first had ended).</item>
/// </list>
/// "Pigeonholed" is the Pigeonholed rule's own test (<c>PigeonholedEvaluator.Flags</c>) and "quiet"
/// the Quiet rule's (<c>QuietEvaluator.IsQuiet</c>), so the report and the rules cannot disagree.
/// </summary>
public static class ClientDefinitions
{
    /// <summary>Counting engagements started before <paramref name="end"/>, per account.</summary>
    public static IReadOnlyDictionary<Guid, int> EngagementsStartedBefore(IEnumerable<Engagement> engagements, DateTime end) =>
        (engagements ?? throw new ArgumentNullException(nameof(engagements)))
            .Where(e => e.Counts && e.StartedOn is DateTime s && s < end)
            .GroupBy(e => e.AccountId)
            .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The repeat clients at <paramref name="end"/>.</summary>
    public static ISet<Guid> RepeatClients(IEnumerable<Engagement> engagements, DateTime end) =>
        new HashSet<Guid>(EngagementsStartedBefore(engagements, end).Where(p => p.Value >= 2).Select(p => p.Key));
}
