using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Cli.Reporting;

/// <summary>Reads every row of a table, page by page with the paging cookie, as a client of a real organization must.</summary>
public static class RowReader
{
    /// <summary>Rows per page: Dataverse's largest.</summary>
    public const int PageSize = 5000;

    /// <summary>Every row of <paramref name="table"/> with <paramref name="columns"/>.</summary>
    public static IReadOnlyList<Entity> All(IOrganizationService service, string table, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(service);
        var rows = new List<Entity>();
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(columns), PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 } };
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            rows.AddRange(page.Entities);
            if (!page.MoreRecords)
            {
                return rows;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
