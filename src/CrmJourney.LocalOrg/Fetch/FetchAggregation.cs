using System.Collections.Generic;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// The aggregation of an aggregate FetchXML query (fetch aggregate='true'), applied by
/// <see cref="FetchAggregator"/> to the rows the translated QueryExpression returns. Dataverse
/// refuses to aggregate more than <see cref="DefaultRecordLimit"/> rows (or the query's lower
/// aggregatelimit); top and paging apply to the grouped result rows, not to the rows read.
/// </summary>
/// <param name="EntityName">The main table's logical name (the result rows' logical name).</param>
/// <param name="Columns">The groupby and aggregate columns, in document order.</param>
/// <param name="Orders">The sort keys of the result rows, by alias, in document order.</param>
/// <param name="RecordLimit">The most rows the aggregation accepts (50,000 unless aggregatelimit is lower).</param>
/// <param name="Top">At most this many result rows, when the query says top.</param>
/// <param name="Paging">The page of result rows asked for, when the query says page or count.</param>
public sealed record FetchAggregation(
    string EntityName,
    IReadOnlyList<FetchAggregateColumn> Columns,
    IReadOnlyList<FetchAggregateOrder> Orders,
    int RecordLimit,
    int? Top,
    FetchPaging? Paging)
{
    /// <summary>Dataverse's limit on the rows one aggregate query may read (AggregateQueryRecordLimit).</summary>
    public const int DefaultRecordLimit = 50_000;
}
