using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Plugins.Engagements;

/// <summary>
/// The one query the engagement recompute needs: the affected accounts' journey columns with all of
/// their engagements, through an outer link so an account with no engagement left still comes back.
/// One request however many accounts an operation touches (an engagement moved between two
/// accounts reads both at once). An account has far fewer than the 5,000 engagements of one page.
/// </summary>
public static class EngagementQueries
{
    /// <summary>The alias of the linked cjp_engagement columns.</summary>
    public const string EngagementAlias = "engagement";

    /// <summary>Reads <paramref name="accountIds"/> with their engagements; accounts that no longer exist are absent.</summary>
    public static IReadOnlyList<AccountEngagements> ReadAccounts(IOrganizationService service, IReadOnlyCollection<Guid> accountIds)
    {
        var query = new QueryExpression(Account.LogicalName) { ColumnSet = new ColumnSet(AccountMapper.JourneyColumns()) };
        query.Criteria.AddCondition(Account.Columns.AccountId, ConditionOperator.In, accountIds.Cast<object>().ToArray());
        var link = query.AddLink(Engagement.LogicalName, Account.Columns.AccountId, Engagement.Columns.AccountId, JoinOperator.LeftOuter);
        link.EntityAlias = EngagementAlias;
        link.Columns = new ColumnSet(
            Engagement.Columns.EngagementId,
            Engagement.Columns.Name,
            Engagement.Columns.ServiceLineId,
            Engagement.Columns.Status,
            Engagement.Columns.StartedOn,
            Engagement.Columns.EndedOn,
            Engagement.Columns.EngagementPartnerId);

        return service.RetrieveMultiple(query).Entities
            .GroupBy(row => row.Id)
            .Select(rows => new AccountEngagements(rows.First(), rows.Select(EngagementMapper.FromLinkedRow).OfType<Domain.Engagements.Engagement>().ToList()))
            .ToList();
    }
}
