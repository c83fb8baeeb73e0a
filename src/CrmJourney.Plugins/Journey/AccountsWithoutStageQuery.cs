using System;
using CrmJourney.Domain.Journey;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using AccountTable = CrmJourney.Plugins.Schema.Account;

namespace CrmJourney.Plugins.Journey;

/// <summary>
/// Counts the active accounts (statecode 0) whose cjp_journeystage is empty by reading their ids a page at a
/// time, at most <c>maxPages</c> pages. Not a FetchXML aggregate: Dataverse refuses an aggregate over more than
/// 50,000 rows (AggregateQueryRecordLimit), which is exactly the organization that most needs the warning, while
/// a page of ids always answers. The sweep reads one page — one request, however many accounts there are — and
/// says "at least 5,000" when the page is full and more follow; the CLI reads them all.
/// </summary>
public static class AccountsWithoutStageQuery
{
    /// <summary>Ids per page: Dataverse's largest page.</summary>
    public const int PageSize = 5000;

    /// <summary>statecode Active of an account.</summary>
    private const int ActiveState = 0;

    /// <summary>
    /// Active accounts whose stage is empty, in accountid order, with <paramref name="columns"/>: the accounts this
    /// count covers and the initialization from history pages through.
    /// </summary>
    public static QueryExpression Query(params string[] columns)
    {
        var query = new QueryExpression(AccountTable.LogicalName) { ColumnSet = new ColumnSet(columns) };
        query.Criteria.AddCondition(new ConditionExpression(AccountTable.Columns.StateCode, ConditionOperator.Equal, ActiveState));
        query.Criteria.AddCondition(new ConditionExpression(AccountTable.Columns.JourneyStage, ConditionOperator.Null));
        query.AddOrder(AccountTable.Columns.AccountId, OrderType.Ascending);
        return query;
    }

    /// <summary>The count over at most <paramref name="maxPages"/> pages of <see cref="PageSize"/> ids (one request each).</summary>
    public static AccountsWithoutStage Count(IOrganizationService service, int maxPages)
    {
        if (service is null)
        {
            throw new ArgumentNullException(nameof(service));
        }

        if (maxPages < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPages), maxPages, "Read at least one page.");
        }

        var query = Query(AccountTable.Columns.AccountId);
        query.PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 };
        var count = 0;
        for (var page = 1; ; page++)
        {
            var result = service.RetrieveMultiple(query);
            count += result.Entities.Count;
            if (!result.MoreRecords)
            {
                return count == 0 ? AccountsWithoutStage.None : new AccountsWithoutStage(count, isLowerBound: false);
            }

            if (page == maxPages)
            {
                return new AccountsWithoutStage(count, isLowerBound: true);
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = result.PagingCookie;
        }
    }
}
