using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Cli.Reporting;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Metrics;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Touchpoints;
using Microsoft.Xrm.Sdk;
using AccountTable = CrmJourney.Plugins.Schema.Account;
using Choices = CrmJourney.Plugins.Schema.Choices;
using EngagementTable = CrmJourney.Plugins.Schema.Engagement;
using ServiceLineTable = CrmJourney.Plugins.Schema.ServiceLine;
using SystemUser = CrmJourney.Plugins.Schema.SystemUser;

namespace CrmJourney.Cli.Rules;

/// <summary>
/// Reads the accounts of an organization that have a journey stage as nurture candidates (the account's cjp_ columns, its
/// owner, relationship partner, the service lines it bought and the last engagement's partner) plus the service-line
/// catalogue and affinity, with set-based reads: one query per table. "Bought" is
/// <see cref="ClientDefinitions.Bought(Engagement, DateTime)"/> as of the preview's instant, as the sweep reads it.
/// </summary>
public static class CandidateReader
{
    /// <summary>The candidates, the active catalogue and the service-line affinity as of <paramref name="asOf"/>.</summary>
    public static (IReadOnlyList<NurtureCandidate> Candidates, IReadOnlyList<ServiceLine> Catalogue, ServiceLineAffinity Affinity) Read(IOrganizationService service, DateTime asOf)
    {
        var users = RowReader.All(service, SystemUser.LogicalName, SystemUser.Columns.FullName)
            .ToDictionary(u => u.Id, u => u.GetAttributeValue<string>(SystemUser.Columns.FullName));
        var lines = RowReader.All(service, ServiceLineTable.LogicalName, ServiceLineTable.Columns.Name, ServiceLineTable.Columns.Code)
            .Where(s => !string.IsNullOrWhiteSpace(s.GetAttributeValue<string>(ServiceLineTable.Columns.Code)) && !string.IsNullOrWhiteSpace(s.GetAttributeValue<string>(ServiceLineTable.Columns.Name)))
            .ToDictionary(s => s.Id, s => new ServiceLine(s.Id, s.GetAttributeValue<string>(ServiceLineTable.Columns.Code)!, s.GetAttributeValue<string>(ServiceLineTable.Columns.Name)!));
        var engagements = RowReader.All(service, EngagementTable.LogicalName, EngagementTable.Columns.AccountId, EngagementTable.Columns.ServiceLineId, EngagementTable.Columns.EngagementPartnerId, EngagementTable.Columns.StartedOn, EngagementTable.Columns.Status)
            .Where(e => e.GetAttributeValue<EntityReference>(EngagementTable.Columns.AccountId) != null)
            .GroupBy(e => e.GetAttributeValue<EntityReference>(EngagementTable.Columns.AccountId)!.Id)
            .ToDictionary(
                g => g.Key,
                g => g
                    .Where(e => e.GetAttributeValue<OptionSetValue>(EngagementTable.Columns.Status) is { } status
                        && ClientDefinitions.Bought((EngagementStatus)(status.Value - Choices.OptionValueBase), e.GetAttributeValue<DateTime?>(EngagementTable.Columns.StartedOn), asOf))
                    .OrderBy(e => e.GetAttributeValue<DateTime?>(EngagementTable.Columns.StartedOn) ?? DateTime.MinValue)
                    .ToList());
        var candidates = new List<NurtureCandidate>();
        foreach (var a in RowReader.All(service, AccountTable.LogicalName, AccountTable.Columns.Name, AccountTable.Columns.OwnerId, AccountTable.Columns.JourneyStage, AccountTable.Columns.StageEnteredOn, AccountTable.Columns.Tier, AccountTable.Columns.FormerSentiment, AccountTable.Columns.FormerReason, AccountTable.Columns.ProspectOutcome, AccountTable.Columns.RevisitOn, AccountTable.Columns.LastTouchpointOn, AccountTable.Columns.LastTouchpointChannel, AccountTable.Columns.FirstEngagementOn, AccountTable.Columns.CompletedEngagementCount, AccountTable.Columns.RelationshipPartnerId))
        {
            // As in the sweep, which reads accounts by stage: an account with no stage yet is no rule's candidate.
            if (Choices.ToEnum<JourneyStage>(a.GetAttributeValue<OptionSetValue>(AccountTable.Columns.JourneyStage)) is not JourneyStage stage)
            {
                continue;
            }

            var owner = a.GetAttributeValue<EntityReference>(AccountTable.Columns.OwnerId);
            var partner = a.GetAttributeValue<EntityReference>(AccountTable.Columns.RelationshipPartnerId);
            var mine = engagements.GetValueOrDefault(a.Id) ?? new List<Entity>();
            var lastPartner = mine.LastOrDefault(e => e.GetAttributeValue<EntityReference>(EngagementTable.Columns.EngagementPartnerId) != null)?.GetAttributeValue<EntityReference>(EngagementTable.Columns.EngagementPartnerId)!.Id;
            var completedStatus = Choices.ToOptionSetValue(EngagementStatus.Completed).Value;
            candidates.Add(new NurtureCandidate(
                a.Id,
                a.GetAttributeValue<string>(AccountTable.Columns.Name) ?? a.Id.ToString("D"),
                stage,
                owner == null ? PrincipalRef.User(Guid.Parse("a1f0c0de-0000-4000-8000-000000000002"), "LocalOrg Administrator") : PrincipalRef.User(owner.Id, users.GetValueOrDefault(owner.Id)))
            {
                StageEnteredOn = a.GetAttributeValue<DateTime?>(AccountTable.Columns.StageEnteredOn),
                Tier = Choices.ToEnum<ClientTier>(a.GetAttributeValue<OptionSetValue>(AccountTable.Columns.Tier)),
                Sentiment = Choices.ToEnum<FormerSentiment>(a.GetAttributeValue<OptionSetValue>(AccountTable.Columns.FormerSentiment)) ?? FormerSentiment.Unknown,
                FormerReason = a.GetAttributeValue<string>(AccountTable.Columns.FormerReason),
                ProspectOutcome = Choices.ToEnum<ProspectOutcome>(a.GetAttributeValue<OptionSetValue>(AccountTable.Columns.ProspectOutcome)) ?? ProspectOutcome.Open,
                RevisitOn = a.GetAttributeValue<DateTime?>(AccountTable.Columns.RevisitOn),
                LastTouchpointOn = a.GetAttributeValue<DateTime?>(AccountTable.Columns.LastTouchpointOn),
                LastTouchpointChannel = Choices.ToEnum<TouchpointChannel>(a.GetAttributeValue<OptionSetValue>(AccountTable.Columns.LastTouchpointChannel)),
                FirstEngagementOn = a.GetAttributeValue<DateTime?>(AccountTable.Columns.FirstEngagementOn),
                CompletedEngagementCount = Math.Max(0, a.GetAttributeValue<int?>(AccountTable.Columns.CompletedEngagementCount) ?? mine.Count(e => e.GetAttributeValue<OptionSetValue>(EngagementTable.Columns.Status)?.Value == completedStatus)),
                ServiceLinesUsed = LinesOf(mine)
                    .Where(lines.ContainsKey)
                    .Select(id => lines[id])
                    .ToList(),
                RelationshipPartner = partner == null ? null : PrincipalRef.User(partner.Id, users.GetValueOrDefault(partner.Id)),
                LastEngagementPartner = lastPartner is Guid p ? PrincipalRef.User(p, users.GetValueOrDefault(p)) : null,
            });
        }

        return (candidates, lines.Values.ToList(), ServiceLineAffinity.FromClients(engagements.Values.Select(LinesOf)));
    }

    private static IEnumerable<Guid> LinesOf(IEnumerable<Entity> engagements) =>
        engagements.Select(e => e.GetAttributeValue<EntityReference>(EngagementTable.Columns.ServiceLineId)?.Id).OfType<Guid>().Distinct();
}
