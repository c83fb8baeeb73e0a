using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Metrics;
using Microsoft.Xrm.Sdk;
using Choices = CrmJourney.Plugins.Schema.Choices;
using EngagementTable = CrmJourney.Plugins.Schema.Engagement;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// What the sweep read for a whole page besides the account rows: the service lines each account
/// bought (<see cref="ClientDefinitions.Bought(EngagementStatus, DateTime?, DateTime)"/>: active or
/// completed engagements started before the as-of instant) and the partner of its latest completed
/// engagement (from the engagements query), and the
/// users' names (from the users query). Built once per page; immutable. Public so that a reader of the
/// same rows elsewhere (cjp bench's per-account baseline) derives these facts the same way.
/// </summary>
public sealed class PageFacts
{
    private readonly IReadOnlyDictionary<Guid, List<Entity>> _engagementsByAccount;
    private readonly IReadOnlyDictionary<Guid, ServiceLine> _serviceLines;
    private readonly IReadOnlyDictionary<Guid, string?> _userNames;
    private readonly DateTime _asOf;

    /// <summary>
    /// The facts of <paramref name="engagements"/> (rows with the account, service line, partner, status,
    /// start and end columns; other statuses than Active and Completed are ignored) as of
    /// <paramref name="asOf"/>, named through <paramref name="userNames"/>.
    /// </summary>
    public PageFacts(IEnumerable<Entity> engagements, IReadOnlyDictionary<Guid, ServiceLine> serviceLines, IReadOnlyDictionary<Guid, string?> userNames, DateTime asOf)
    {
        _asOf = asOf;
        _engagementsByAccount = engagements
            .Where(e => e.GetAttributeValue<EntityReference>(EngagementTable.Columns.AccountId) is not null)
            .GroupBy(e => e.GetAttributeValue<EntityReference>(EngagementTable.Columns.AccountId)!.Id)
            .ToDictionary(g => g.Key, g => g.ToList());
        _serviceLines = serviceLines;
        _userNames = userNames;
    }

    /// <summary>No engagements and no users: the facts of an empty page.</summary>
    public static PageFacts Empty(IReadOnlyDictionary<Guid, ServiceLine> serviceLines, DateTime asOf) =>
        new(Array.Empty<Entity>(), serviceLines, new Dictionary<Guid, string?>(), asOf);

    /// <summary>The user ids of the engagement partners these engagements name (for the users query).</summary>
    public static IEnumerable<Guid> EngagementPartnerIds(IEnumerable<Entity> engagements) =>
        engagements.Select(e => e.GetAttributeValue<EntityReference>(EngagementTable.Columns.EngagementPartnerId)?.Id).OfType<Guid>();

    /// <summary>The distinct service lines the account bought by the as-of instant (unknown ids are left out).</summary>
    public IReadOnlyList<ServiceLine> ServiceLinesOf(Guid accountId) =>
        _engagementsByAccount.TryGetValue(accountId, out var engagements)
            ? engagements
                .Where(e => StatusOf(e) is EngagementStatus status && ClientDefinitions.Bought(status, e.GetAttributeValue<DateTime?>(EngagementTable.Columns.StartedOn), _asOf))
                .Select(e => e.GetAttributeValue<EntityReference>(EngagementTable.Columns.ServiceLineId)?.Id)
                .OfType<Guid>()
                .Where(_serviceLines.ContainsKey)
                .Distinct()
                .Select(id => _serviceLines[id])
                .ToList()
            : Array.Empty<ServiceLine>();

    /// <summary>The partner of the account's latest completed engagement (latest end date, then highest id), if any.</summary>
    public Guid? LastEngagementPartnerOf(Guid accountId) =>
        _engagementsByAccount.TryGetValue(accountId, out var engagements)
            ? engagements
                .Where(e => StatusOf(e) == EngagementStatus.Completed && e.GetAttributeValue<EntityReference>(EngagementTable.Columns.EngagementPartnerId) is not null)
                .OrderByDescending(e => e.GetAttributeValue<DateTime?>(EngagementTable.Columns.EndedOn) ?? DateTime.MinValue)
                .ThenByDescending(e => e.Id)
                .Select(e => (Guid?)e.GetAttributeValue<EntityReference>(EngagementTable.Columns.EngagementPartnerId)!.Id)
                .FirstOrDefault()
            : null;

    /// <summary>A user's full name, or null when not read.</summary>
    public string? UserName(Guid userId) => _userNames.TryGetValue(userId, out var name) ? name : null;

    /// <summary>The row's status; null when unset or a value the product does not know (such a row counts for nothing).</summary>
    private static EngagementStatus? StatusOf(Entity engagement)
    {
        var value = engagement.GetAttributeValue<OptionSetValue>(EngagementTable.Columns.Status);
        return value is not null && Enum.IsDefined(typeof(EngagementStatus), value.Value - Choices.OptionValueBase)
            ? (EngagementStatus)(value.Value - Choices.OptionValueBase)
            : null;
    }
}
