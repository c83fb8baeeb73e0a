using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// A FetchXML query translated for LocalOrg's QueryExpression engine. For a plain query the engine
/// runs <see cref="Query"/> as it is (top, distinct and paging are already set on it). For an
/// aggregate query (<see cref="Aggregation"/> not null) the engine runs <see cref="Query"/> with no
/// paging and no top — it selects exactly the columns the aggregation reads, and asks for all
/// matching rows — and hands every row to <see cref="FetchAggregator.Aggregate"/>. The engine may
/// stop reading after <see cref="FetchAggregation.RecordLimit"/> + 1 rows: that many already fault.
/// </summary>
/// <param name="Query">The query to run.</param>
/// <param name="Aggregation">The aggregation to apply to the rows, or null for a plain query.</param>
/// <param name="Top">The fetch element's top, when given.</param>
/// <param name="Paging">The fetch element's page, count and paging-cookie, when given.</param>
/// <param name="Distinct">The fetch element's distinct.</param>
/// <param name="ReturnTotalRecordCount">The fetch element's returntotalrecordcount.</param>
public sealed record FetchXmlQuery(
    QueryExpression Query,
    FetchAggregation? Aggregation,
    int? Top,
    FetchPaging? Paging,
    bool Distinct,
    bool ReturnTotalRecordCount)
{
    /// <summary>Whether the query aggregates (fetch aggregate='true').</summary>
    public bool IsAggregate => Aggregation is not null;
}
