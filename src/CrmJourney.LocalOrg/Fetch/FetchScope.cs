using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// Where the children of an entity or link-entity element go: the table they are about and the
/// QueryExpression parts (columns, filters, orders, joins) of that table.
/// </summary>
internal sealed record FetchScope(
    string Table,
    FetchLinkAlias? Link,
    ColumnSet Columns,
    List<FilterExpression> Filters,
    DataCollection<OrderExpression> Orders,
    DataCollection<LinkEntity> Links)
{
    public bool IsLink => Link is not null;
}
