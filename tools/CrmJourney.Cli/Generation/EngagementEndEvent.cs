using System;
using System.Linq;
using CrmJourney.Domain.Engagements;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using EngagementTable = CrmJourney.Plugins.Schema.Engagement;

namespace CrmJourney.Cli.Generation;

/// <summary>
/// The engagement a won opportunity started is completed, with the client's satisfaction (1–5). The
/// engagement is created by the plugins when the opportunity is won, so its id is found by the
/// opportunity at replay time; no engagement (the win was refused) means nothing to complete.
/// </summary>
/// <param name="When">When the work ended.</param>
/// <param name="OpportunityId">The won opportunity.</param>
/// <param name="Satisfaction">The client's satisfaction, 1 (bad) to 5.</param>
public sealed record EngagementEndEvent(DateTime When, Guid OpportunityId, int Satisfaction) : HistoryEvent(When, HistoryEventKind.EngagementEnd)
{
    /// <inheritdoc />
    public override OrganizationRequest? ToRequest(IOrganizationService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var query = new QueryExpression(EngagementTable.LogicalName) { ColumnSet = new ColumnSet(EngagementTable.Columns.EngagementId), TopCount = 1 };
        query.Criteria.AddCondition(EngagementTable.Columns.OpportunityId, ConditionOperator.Equal, OpportunityId);
        var engagement = service.RetrieveMultiple(query).Entities.FirstOrDefault();
        if (engagement == null)
        {
            return null;
        }

        return new UpdateRequest
        {
            Target = new Entity(EngagementTable.LogicalName, engagement.Id)
            {
                [EngagementTable.Columns.Status] = Choices.ToOptionSetValue(EngagementStatus.Completed),
                [EngagementTable.Columns.EndedOn] = When,
                [EngagementTable.Columns.Satisfaction] = Satisfaction,
            },
        };
    }
}
