using System;
using System.Collections.Generic;
using CrmJourney.LocalOrg.Storage;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Querying;

/// <summary>One table of a query: the main table (slot 0) or a link entity, with how it joins its parent and what it returns.</summary>
internal sealed class QuerySlot
{
    public required TableStore Table { get; init; }

    public required string Alias { get; init; }

    public int ParentSlot { get; init; } = -1;

    public int FromOrdinal { get; init; } = -1;

    public int ToOrdinal { get; init; } = -1;

    public JoinOperator Join { get; init; }

    public Func<ResultRow, bool>? LinkCriteria { get; set; }

    public IReadOnlyList<int>? Columns { get; init; }

    /// <summary>Linked rows by join key, built on first use when the join column has no index.</summary>
    public Dictionary<object, List<StoredRow>>? HashJoin { get; set; }
}
