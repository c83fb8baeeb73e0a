using System;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using EngagementStatus = CrmJourney.Domain.Engagements.EngagementStatus;

namespace CrmJourney.Plugins.Engagements;

/// <summary>
/// Maps cjp_engagement columns to the domain's <see cref="Domain.Engagements.Engagement"/>. An empty
/// status counts as Planned (agreed, not started). A row the domain refuses (no service line, an end
/// before the start) is reported as a refusal that names the engagement and the fix, because the
/// account's counters cannot be computed while it stays wrong.
/// </summary>
public static class EngagementMapper
{
    /// <summary>The engagement in an account row linked as <see cref="EngagementQueries.EngagementAlias"/>, or null when the outer link matched none.</summary>
    public static Domain.Engagements.Engagement? FromLinkedRow(Entity accountRow)
    {
        const string alias = EngagementQueries.EngagementAlias;
        var id = LinkedColumns.Value<Guid?>(accountRow, alias, Engagement.Columns.EngagementId);
        if (id is null)
        {
            return null;
        }

        var name = LinkedColumns.Value<string>(accountRow, alias, Engagement.Columns.Name);
        try
        {
            return new Domain.Engagements.Engagement(
                id.Value,
                accountRow.Id,
                LinkedColumns.Value<EntityReference>(accountRow, alias, Engagement.Columns.ServiceLineId)?.Id ?? Guid.Empty,
                Choices.ToEnum<EngagementStatus>(LinkedColumns.Value<OptionSetValue>(accountRow, alias, Engagement.Columns.Status)) ?? EngagementStatus.Planned,
                LinkedColumns.Value<DateTime?>(accountRow, alias, Engagement.Columns.StartedOn),
                LinkedColumns.Value<DateTime?>(accountRow, alias, Engagement.Columns.EndedOn),
                partnerId: LinkedColumns.Value<EntityReference>(accountRow, alias, Engagement.Columns.EngagementPartnerId)?.Id);
        }
        catch (ArgumentException refused)
        {
            throw new InvalidPluginExecutionException(
                $"The engagement \"{name ?? id.Value.ToString()}\" cannot be counted for its account: {DomainRefusal.Sentence(refused)} Correct the engagement and save again.",
                refused);
        }
    }
}
