using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Plugins.Mapping;

/// <summary>Reads every row of a query, following Dataverse's paging cookies: one request per 5,000 rows.</summary>
internal static class QueryPages
{
    /// <summary>The largest page Dataverse returns.</summary>
    public const int RowsPerRequest = 5000;

    /// <summary>Every row of <paramref name="query"/> (its PageInfo is replaced).</summary>
    public static List<Entity> All(IOrganizationService service, QueryExpression query)
    {
        var rows = new List<Entity>();
        query.PageInfo = new PagingInfo { Count = RowsPerRequest, PageNumber = 1 };
        while (true)
        {
            var result = service.RetrieveMultiple(query);
            rows.AddRange(result.Entities);
            if (!result.MoreRecords)
            {
                return rows;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = result.PagingCookie;
        }
    }
}
