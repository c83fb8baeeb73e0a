using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.LocalOrg.Diagnostics;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Querying;

/// <summary>
/// Evaluates QueryExpression against the store: candidate rows come from an index when the top-level
/// AND filter has an Equal/In condition on an indexed column (lookup, choice, state, primary id),
/// otherwise from a scan; links join through the target's primary key, an index, or a hash table
/// built once per query. Results are sorted by the query's orders with the primary id as the final
/// tiebreaker (as Dataverse pages), then paged with a cookie. A sorted result is cached per query
/// shape until a table it reads changes, so reading a large table page by page sorts it once.
/// </summary>
internal sealed class QueryEngine
{
    private const int MaxPageSize = 5000;
    private const int CacheSize = 4;
    private readonly DataStore _store;
    private readonly RequestCounters _counters;
    private readonly LinkedList<CachedResult> _cache = new();

    public QueryEngine(DataStore store, RequestCounters counters)
    {
        _store = store;
        _counters = counters;
    }

    public EntityCollection Execute(QueryExpression query, QueryEnvironment environment)
    {
        var compiled = Compile(query, environment);
        var signature = QuerySignature.Of(query) + (compiled.UsesEnvironment ? "|" + compiled.Environment : string.Empty);
        var cached = Cached(signature, compiled);
        if (cached == null && SeekAfter(query, compiled) is Guid after)
        {
            return SeekPage(query, compiled, after);
        }

        var sorted = cached ?? SortedResult(query, compiled, signature);
        var primaryId = compiled.Slots[0].Table.Definition.PrimaryIdColumn;
        var collection = new EntityCollection { EntityName = compiled.Slots[0].Table.LogicalName, TotalRecordCount = -1 };
        if (query.PageInfo.ReturnTotalRecordCount)
        {
            collection.TotalRecordCount = sorted.Count;
        }

        int start;
        int take;
        if (query.TopCount is int top)
        {
            if (top < 0)
            {
                throw OrganizationFaults.InvalidArgument("TopCount must be zero or more.");
            }

            start = 0;
            take = Math.Min(top, sorted.Count);
        }
        else
        {
            var size = query.PageInfo.Count > 0 ? Math.Min(query.PageInfo.Count, MaxPageSize) : MaxPageSize;
            var page = Math.Max(1, query.PageInfo.PageNumber);
            start = page > 1 && !string.IsNullOrEmpty(query.PageInfo.PagingCookie)
                ? PositionAfter(sorted, compiled, query.PageInfo.PagingCookie!)
                : Math.Min((page - 1) * size, sorted.Count);
            take = Math.Min(size, sorted.Count - start);
            collection.MoreRecords = start + take < sorted.Count;
            if (take > 0)
            {
                collection.PagingCookie = PagingCookie.Create(page, compiled.OrderColumns, primaryId, sorted[start], sorted[start + take - 1]);
            }
        }

        for (var index = start; index < start + take; index++)
        {
            collection.Entities.Add(Project(sorted[index], compiled));
        }

        return collection;
    }

    /// <summary>The sorted result of an earlier identical query, when no table it reads has changed since.</summary>
    private List<ResultRow>? Cached(string signature, CompiledQuery compiled)
    {
        lock (_cache)
        {
            for (var node = _cache.First; node != null; node = node.Next)
            {
                if (node.Value.Signature == signature && IsCurrent(node.Value, compiled))
                {
                    _cache.Remove(node);
                    _cache.AddFirst(node);
                    _counters.RecordCacheHit(compiled.UsedIndex);
                    return node.Value.Rows;
                }
            }
        }

        return null;
    }

    private static bool IsCurrent(CachedResult cached, CompiledQuery compiled)
    {
        if (cached.Tables.Length != compiled.Slots.Count)
        {
            return false;
        }

        for (var slot = 0; slot < cached.Tables.Length; slot++)
        {
            var table = compiled.Slots[slot].Table;
            if (!ReferenceEquals(cached.Tables[slot], table) || cached.Versions[slot] != table.Version)
            {
                return false;
            }
        }

        return true;
    }

    private List<ResultRow> SortedResult(QueryExpression query, CompiledQuery compiled, string signature)
    {
        var versions = compiled.Slots.Select(slot => slot.Table.Version).ToArray();
        var rows = Evaluate(compiled);
        Sort(rows, compiled);
        if (query.Distinct)
        {
            rows = Distinct(rows, compiled);
        }

        lock (_cache)
        {
            _cache.AddFirst(new CachedResult(signature, versions, compiled.Slots.Select(slot => slot.Table).ToArray(), rows));
            while (_cache.Count > CacheSize)
            {
                _cache.RemoveLast();
            }
        }

        return rows;
    }

    /// <summary>
    /// The cookie's last id when this page can be read by seeking past it instead of evaluating and sorting
    /// the whole table: a later page (by cookie) of a single-table, non-distinct query in primary-id order
    /// (explicitly or by having no order), without TopCount or a total count (which needs every row).
    /// Otherwise null.
    /// </summary>
    private static Guid? SeekAfter(QueryExpression query, CompiledQuery compiled)
    {
        if (compiled.Slots.Count != 1 || query.TopCount != null || query.Distinct || query.PageInfo.ReturnTotalRecordCount
            || query.PageInfo.PageNumber <= 1 || string.IsNullOrEmpty(query.PageInfo.PagingCookie)
            || (compiled.Orders.Count != 0 && !IsPrimaryIdAscending(compiled)))
        {
            return null;
        }

        return PagingCookie.ReadLast(query.PageInfo.PagingCookie!, compiled.Orders.Count, 1).SlotIds[0];
    }

    /// <summary>
    /// Reads the page after <paramref name="after"/> in id order: rows at or before the cookie are skipped
    /// on their id alone, and a bounded max-heap keeps only the page-size + 1 smallest matching ids beyond
    /// it (the extra one decides MoreRecords), so a page costs one pass over the candidates and allocations
    /// for one page, not a result row per matching row and a sort of the remainder. The page is not cached:
    /// it is not the full query's result.
    /// </summary>
    private EntityCollection SeekPage(QueryExpression query, CompiledQuery compiled, Guid after)
    {
        var table = compiled.Slots[0].Table;
        var size = query.PageInfo.Count > 0 ? Math.Min(query.PageInfo.Count, MaxPageSize) : MaxPageSize;
        var limit = size + 1;
        var nearest = new PriorityQueue<StoredRow, Guid>(limit, DescendingIds.Instance);
        var criteria = compiled.Criteria;
        var probeSlots = new StoredRow?[1];
        var probe = new ResultRow(probeSlots);

        void Consider(StoredRow row)
        {
            if (nearest.Count == limit && row.Id.CompareTo(nearest.Peek().Id) >= 0)
            {
                return;
            }

            probeSlots[0] = row;
            if (criteria != null && !criteria(probe))
            {
                return;
            }

            if (nearest.Count < limit)
            {
                nearest.Enqueue(row, row.Id);
            }
            else
            {
                nearest.DequeueEnqueue(row, row.Id);
            }
        }

        if (compiled.Candidates != null)
        {
            _counters.RecordIndexHit();
            foreach (var id in compiled.Candidates)
            {
                if (id.CompareTo(after) > 0 && table.TryGet(id, out var row))
                {
                    Consider(row);
                }
            }
        }
        else
        {
            _counters.RecordScan();
            foreach (var row in table.Rows)
            {
                if (row.Id.CompareTo(after) > 0)
                {
                    Consider(row);
                }
            }
        }

        _counters.RecordSeek();
        var found = nearest.Count;
        var take = Math.Min(size, found);
        var page = new ResultRow[found];
        for (var index = found - 1; index >= 0; index--)
        {
            page[index] = new ResultRow(new StoredRow?[] { nearest.Dequeue() });
        }

        var collection = new EntityCollection { EntityName = table.LogicalName, TotalRecordCount = -1, MoreRecords = found > take };
        if (take > 0)
        {
            var ordinal = table.PrimaryIdOrdinal;
            foreach (var row in new[] { page[0], page[take - 1] })
            {
                row.SortValues = compiled.Orders.Count == 0 ? Array.Empty<object?>() : new[] { row.Slots[0]!.Values[ordinal] };
            }

            collection.PagingCookie = PagingCookie.Create(Math.Max(1, query.PageInfo.PageNumber), compiled.OrderColumns, table.Definition.PrimaryIdColumn, page[0], page[take - 1]);
        }

        for (var index = 0; index < take; index++)
        {
            collection.Entities.Add(Project(page[index], compiled));
        }

        return collection;
    }

    private CompiledQuery Compile(QueryExpression query, QueryEnvironment environment)
    {
        if (string.IsNullOrEmpty(query.EntityName))
        {
            throw OrganizationFaults.InvalidArgument("QueryExpression.EntityName is required.");
        }

        var main = _store.Table(query.EntityName!);
        var compiled = new CompiledQuery(environment);
        compiled.Slots.Add(new QuerySlot { Table = main, Alias = main.LogicalName, Columns = RowCodec.Ordinals(main, query.ColumnSet) });
        var linkCounter = 0;
        foreach (var link in query.LinkEntities)
        {
            AddLink(compiled, link, 0, ref linkCounter);
        }

        compiled.Criteria = CompileFilter(compiled, query.Criteria, 0);
        foreach (var order in query.Orders)
        {
            var slot = order.EntityName == null ? 0 : SlotOf(compiled, order.EntityName);
            AddOrder(compiled, slot, order);
        }

        foreach (var (link, slot) in compiled.LinkOrders)
        {
            foreach (var order in link.Orders)
            {
                AddOrder(compiled, slot, order);
            }
        }

        compiled.Candidates = Candidates(compiled, query.Criteria);
        return compiled;
    }

    private void AddLink(CompiledQuery compiled, LinkEntity link, int parentSlot, ref int linkCounter)
    {
        if (link.JoinOperator is not (JoinOperator.Inner or JoinOperator.LeftOuter or JoinOperator.Natural))
        {
            throw OrganizationFaults.NotSupported($"the join operator '{link.JoinOperator}'");
        }

        var parent = compiled.Slots[parentSlot];
        var table = _store.Table(link.LinkToEntityName ?? throw OrganizationFaults.InvalidArgument("LinkEntity.LinkToEntityName is required."));
        linkCounter++;
        var slot = new QuerySlot
        {
            Table = table,
            Alias = link.EntityAlias ?? table.LogicalName + linkCounter,
            ParentSlot = parentSlot,
            FromOrdinal = RowCodec.RequireOrdinal(parent.Table, link.LinkFromAttributeName),
            ToOrdinal = RowCodec.RequireOrdinal(table, link.LinkToAttributeName),
            Join = link.JoinOperator,
            Columns = link.Columns.AllColumns ? null : link.Columns.Columns.Select(column => RowCodec.RequireOrdinal(table, column)).ToList(),
        };
        var index = compiled.Slots.Count;
        compiled.Slots.Add(slot);
        slot.LinkCriteria = CompileFilter(compiled, link.LinkCriteria, index);
        compiled.LinkOrders.Add((link, index));
        foreach (var child in link.LinkEntities)
        {
            AddLink(compiled, child, index, ref linkCounter);
        }
    }

    private static void AddOrder(CompiledQuery compiled, int slot, OrderExpression order)
    {
        var table = compiled.Slots[slot].Table;
        var ordinal = RowCodec.RequireOrdinal(table, order.AttributeName);
        if (table.Columns[ordinal].Type == Metadata.ColumnType.MultiChoice)
        {
            throw OrganizationFaults.NotSupported($"ordering by the multi-select column '{table.LogicalName}.{order.AttributeName}'");
        }

        compiled.Orders.Add((slot, ordinal, order.OrderType == OrderType.Descending));
        compiled.OrderColumns.Add((order.AttributeName!, slot == 0 ? null : compiled.Slots[slot].Alias));
    }

    private static int SlotOf(CompiledQuery compiled, string name)
    {
        for (var slot = 0; slot < compiled.Slots.Count; slot++)
        {
            if (string.Equals(compiled.Slots[slot].Alias, name, StringComparison.OrdinalIgnoreCase))
            {
                return slot;
            }
        }

        var byTable = compiled.Slots.Select((slot, index) => (slot, index)).Where(pair => pair.slot.Table.LogicalName == name).ToList();
        if (byTable.Count == 1)
        {
            return byTable[0].index;
        }

        throw OrganizationFaults.InvalidArgument($"The query has no link entity with alias or table '{name}'.");
    }

    private static Func<ResultRow, bool>? CompileFilter(CompiledQuery compiled, FilterExpression filter, int defaultSlot)
    {
        var parts = new List<Func<ResultRow, bool>>();
        foreach (var condition in filter.Conditions)
        {
            var slot = condition.EntityName == null ? defaultSlot : SlotOf(compiled, condition.EntityName);
            var table = compiled.Slots[slot].Table;
            var ordinal = RowCodec.RequireOrdinal(table, condition.AttributeName);
            compiled.UsesEnvironment |= IsRelative(condition.Operator);
            parts.Add(ConditionCompiler.Compile(condition, slot, table, ordinal, compiled.Environment));
        }

        foreach (var child in filter.Filters)
        {
            var compiledChild = CompileFilter(compiled, child, defaultSlot);
            if (compiledChild != null)
            {
                parts.Add(compiledChild);
            }
        }

        if (parts.Count == 0)
        {
            return null;
        }

        if (parts.Count == 1)
        {
            return parts[0];
        }

        var array = parts.ToArray();
        return filter.FilterOperator == LogicalOperator.Or
            ? row => Array.Exists(array, part => part(row))
            : row => Array.TrueForAll(array, part => part(row));
    }

    private static bool IsRelative(ConditionOperator op) =>
        op is ConditionOperator.Today or ConditionOperator.Yesterday or ConditionOperator.Tomorrow
            or ConditionOperator.LastXDays or ConditionOperator.NextXDays or ConditionOperator.LastXHours or ConditionOperator.NextXHours
            or ConditionOperator.OlderThanXDays or ConditionOperator.OlderThanXMonths or ConditionOperator.OlderThanXYears
            or ConditionOperator.OlderThanXWeeks or ConditionOperator.OlderThanXHours or ConditionOperator.OlderThanXMinutes
            or ConditionOperator.EqualUserId or ConditionOperator.NotEqualUserId;

    /// <summary>
    /// The candidate main rows: the smallest id set an indexed Equal/In condition of the top-level AND
    /// filter yields — or, smaller still, the main rows an inner-joined link reaches from the rows an indexed
    /// condition of its own AND filter selects (a set-based read filters on the linked contacts' parent account,
    /// not on the activities themselves) — or null (scan every row). Candidates only narrow the rows the full
    /// criteria and joins are then evaluated on, so any superset of the result is sound.
    /// </summary>
    private static IReadOnlyCollection<Guid>? Candidates(CompiledQuery compiled, FilterExpression criteria)
    {
        var main = compiled.Slots[0];
        var best = criteria.FilterOperator == LogicalOperator.And
            ? Smallest(main.Table, criteria.Conditions.Where(c => c.EntityName == null || SlotOf(compiled, c.EntityName) == 0), criteria.Filters.Where(f => NamesNoOtherSlot(f)))
            : null;
        foreach (var (link, index) in compiled.LinkOrders)
        {
            var slot = compiled.Slots[index];
            if (slot.ParentSlot != 0 || slot.Join != JoinOperator.Inner || link.LinkCriteria.FilterOperator != LogicalOperator.And)
            {
                continue;
            }

            var linked = Smallest(slot.Table, link.LinkCriteria.Conditions.Where(c => c.EntityName == null), link.LinkCriteria.Filters.Where(f => NamesNoOtherSlot(f)));
            if (linked == null || (best != null && linked.Count >= best.Count))
            {
                continue;
            }

            if (MainIdsLinkedTo(main.Table, slot, linked) is { } reached && (best == null || reached.Count < best.Count))
            {
                best = reached;
            }
        }

        compiled.UsedIndex = best != null;
        return best;
    }

    /// <summary>
    /// The smallest id set an indexed Equal/In condition among <paramref name="conditions"/> yields — or a nested filter:
    /// an AND filter's own smallest set, an OR filter's union when every one of its branches is indexed — or null.
    /// </summary>
    private static IReadOnlyCollection<Guid>? Smallest(TableStore table, IEnumerable<ConditionExpression> conditions, IEnumerable<FilterExpression>? filters = null, IReadOnlyCollection<Guid>? known = null)
    {
        var best = known;

        // Narrowest first (counting an index's matches is cheap), so a broad In is skipped rather than unioned.
        foreach (var (condition, _) in conditions.Select(c => (Condition: c, Size: EstimatedSize(table, c))).Where(c => c.Size >= 0).OrderBy(c => c.Size).ToList())
        {
            if (ConditionIds(table, condition, best) is { } ids && (best == null || ids.Count < best.Count))
            {
                best = ids;
            }
        }

        foreach (var filter in filters ?? Array.Empty<FilterExpression>())
        {
            var ids = filter.FilterOperator == LogicalOperator.And
                ? Smallest(table, filter.Conditions.Where(c => c.EntityName == null), filter.Filters, best)
                : Union(table, filter);
            if (ids != null && (best == null || ids.Count < best.Count))
            {
                best = ids;
            }
        }

        return best;
    }

    /// <summary>The rows an OR filter can match, when each of its conditions and nested filters is indexed; else null.</summary>
    private static HashSet<Guid>? Union(TableStore table, FilterExpression filter)
    {
        if (filter.Conditions.Count + filter.Filters.Count == 0)
        {
            return null;
        }

        var union = new HashSet<Guid>();
        foreach (var condition in filter.Conditions)
        {
            if (condition.EntityName != null || ConditionIds(table, condition, null) is not { } ids)
            {
                return null;
            }

            union.UnionWith(ids);
        }

        foreach (var nested in filter.Filters)
        {
            var ids = nested.FilterOperator == LogicalOperator.And
                ? Smallest(table, nested.Conditions.Where(c => c.EntityName == null), nested.Filters)
                : Union(table, nested);
            if (ids == null)
            {
                return null;
            }

            union.UnionWith(ids);
        }

        return union;
    }

    /// <summary>How many rows an Equal/In condition on the primary id or an indexed column selects at most; −1 for other conditions.</summary>
    private static long EstimatedSize(TableStore table, ConditionExpression condition)
    {
        if (condition.Operator is not (ConditionOperator.Equal or ConditionOperator.In) || condition.CompareColumns)
        {
            return -1;
        }

        var ordinal = table.OrdinalOf(condition.AttributeName!);
        if (ordinal < 0 || (ordinal != table.PrimaryIdOrdinal && table.IndexOn(ordinal) == null && KeyOn(table, ordinal) == null))
        {
            return -1;
        }

        var column = table.Columns[ordinal];
        var values = condition.Values.SelectMany(value => value is System.Collections.IEnumerable items and not string ? items.Cast<object>() : new[] { value })
            .Select(value => ConditionCompiler.Normalize(table, column, value));
        return table.IndexOn(ordinal) is { } index && ordinal != table.PrimaryIdOrdinal ? values.Sum(value => (long)index.Find(value).Count) : values.LongCount();
    }

    /// <summary>The single-column alternate key on <paramref name="ordinal"/>, if any: each value names at most one row.</summary>
    private static UniqueKeyIndex? KeyOn(TableStore table, int ordinal) =>
        table.Keys.FirstOrDefault(key => key.Ordinals.Length == 1 && key.Ordinals[0] == ordinal);

    /// <summary>
    /// The rows an Equal/In condition on the primary id or an indexed column selects, or null when it is of another kind,
    /// or when it is an In whose union would be no smaller than <paramref name="best"/>.
    /// </summary>
    private static IReadOnlyCollection<Guid>? ConditionIds(TableStore table, ConditionExpression condition, IReadOnlyCollection<Guid>? best)
    {
        if (condition.Operator is not (ConditionOperator.Equal or ConditionOperator.In) || condition.CompareColumns)
        {
            return null;
        }

        var ordinal = table.OrdinalOf(condition.AttributeName!);
        if (ordinal < 0)
        {
            return null;
        }

        var column = table.Columns[ordinal];
        var values = condition.Values.SelectMany(value => value is System.Collections.IEnumerable items and not string ? items.Cast<object>() : new[] { value })
            .Select(value => ConditionCompiler.Normalize(table, column, value)).ToList();
        if (ordinal == table.PrimaryIdOrdinal)
        {
            return values.OfType<Guid>().Where(table.Contains).ToHashSet();
        }

        if (table.IndexOn(ordinal) is not { } index)
        {
            if (KeyOn(table, ordinal) is not { } key)
            {
                return null;
            }

            // An alternate key column (an import key, say): one dictionary lookup per value.
            var keyed = new HashSet<Guid>();
            var probe = new object?[table.Columns.Count];
            foreach (var value in values)
            {
                probe[ordinal] = value;
                if (table.FindByKey(key, probe) is { } id)
                {
                    keyed.Add(id);
                }
            }

            return keyed;
        }

        if (values.Count == 1)
        {
            return index.Find(values[0]);
        }

        // Counting first is cheap; building the union of a broad In (every completed activity of five types) is not,
        // and is wasted when a narrower set is already known.
        if (best != null && values.Sum(value => (long)index.Find(value).Count) >= best.Count)
        {
            return null;
        }

        var ids = new HashSet<Guid>();
        foreach (var value in values)
        {
            ids.UnionWith(index.Find(value));
        }

        return ids;
    }

    /// <summary>True when no condition of <paramref name="filter"/> (at any depth) names another table's alias.</summary>
    private static bool NamesNoOtherSlot(FilterExpression filter) =>
        filter.Conditions.All(c => c.EntityName == null) && filter.Filters.All(NamesNoOtherSlot);

    /// <summary>
    /// The main rows that join <paramref name="slot"/>'s rows <paramref name="linkedIds"/>: through the main table's
    /// primary id or its index on the join column; null when the join column has no index or a key is not an id.
    /// </summary>
    private static HashSet<Guid>? MainIdsLinkedTo(TableStore main, QuerySlot slot, IReadOnlyCollection<Guid> linkedIds)
    {
        var byPrimaryId = slot.FromOrdinal == main.PrimaryIdOrdinal;
        var index = byPrimaryId ? null : main.IndexOn(slot.FromOrdinal);
        if (!byPrimaryId && index == null)
        {
            return null;
        }

        var ids = new HashSet<Guid>();
        foreach (var linkedId in linkedIds)
        {
            if (!slot.Table.TryGet(linkedId, out var row))
            {
                continue;
            }

            switch (ValueIndex.KeyOf(row.Values[slot.ToOrdinal]))
            {
                case null:
                    continue;
                case Guid key when index == null:
                    if (main.Contains(key))
                    {
                        ids.Add(key);
                    }

                    break;
                case Guid key:
                    ids.UnionWith(index!.Find(key));
                    break;
                default:
                    return null;
            }
        }

        return ids;
    }

    private List<ResultRow> Evaluate(CompiledQuery compiled)
    {
        var main = compiled.Slots[0].Table;
        IEnumerable<StoredRow> candidates;
        if (compiled.Candidates != null)
        {
            _counters.RecordIndexHit();
            candidates = compiled.Candidates.Select(id => main.TryGet(id, out var row) ? row : null).Where(row => row != null)!;
        }
        else
        {
            _counters.RecordScan();
            candidates = main.Rows;
        }

        var results = new List<ResultRow>();
        var slotCount = compiled.Slots.Count;
        var criteria = compiled.Criteria;
        foreach (var row in candidates)
        {
            if (slotCount == 1)
            {
                var result = new ResultRow(new StoredRow?[] { row });
                if (criteria == null || criteria(result))
                {
                    results.Add(result);
                }

                continue;
            }

            foreach (var joined in Join(compiled, row))
            {
                if (criteria == null || criteria(joined))
                {
                    results.Add(joined);
                }
            }
        }

        return results;
    }

    private IEnumerable<ResultRow> Join(CompiledQuery compiled, StoredRow mainRow)
    {
        var partial = new List<StoredRow?[]> { NewSlots(compiled.Slots.Count, mainRow) };
        for (var slotIndex = 1; slotIndex < compiled.Slots.Count; slotIndex++)
        {
            var slot = compiled.Slots[slotIndex];
            var next = new List<StoredRow?[]>();
            foreach (var slots in partial)
            {
                var parentRow = slots[slot.ParentSlot];
                var matched = false;
                if (parentRow != null)
                {
                    foreach (var linked in Linked(slot, parentRow))
                    {
                        var candidate = (StoredRow?[])slots.Clone();
                        candidate[slotIndex] = linked;
                        if (slot.LinkCriteria == null || slot.LinkCriteria(new ResultRow(candidate)))
                        {
                            next.Add(candidate);
                            matched = true;
                        }
                    }
                }

                if (!matched && slot.Join == JoinOperator.LeftOuter)
                {
                    next.Add(slots);
                }
            }

            partial = next;
            if (partial.Count == 0)
            {
                break;
            }
        }

        return partial.Select(slots => new ResultRow(slots));
    }

    private static StoredRow?[] NewSlots(int count, StoredRow main)
    {
        var slots = new StoredRow?[count];
        slots[0] = main;
        return slots;
    }

    private IEnumerable<StoredRow> Linked(QuerySlot slot, StoredRow parentRow)
    {
        var key = ValueIndex.KeyOf(parentRow.Values[slot.FromOrdinal]);
        if (key == null)
        {
            return Array.Empty<StoredRow>();
        }

        if (slot.ToOrdinal == slot.Table.PrimaryIdOrdinal)
        {
            return key is Guid id && slot.Table.TryGet(id, out var row) ? new[] { row } : Array.Empty<StoredRow>();
        }

        if (slot.Table.IndexOn(slot.ToOrdinal) is { } index)
        {
            return index.Find(key).Select(id => slot.Table.TryGet(id, out var row) ? row : null).Where(row => row != null)!;
        }

        if (slot.HashJoin == null)
        {
            _counters.RecordScan();
            slot.HashJoin = new Dictionary<object, List<StoredRow>>();
            foreach (var row in slot.Table.Rows)
            {
                var rowKey = ValueIndex.KeyOf(row.Values[slot.ToOrdinal]);
                if (rowKey is string text)
                {
                    rowKey = text.ToUpperInvariant();
                }

                if (rowKey != null)
                {
                    if (!slot.HashJoin.TryGetValue(rowKey, out var list))
                    {
                        list = new List<StoredRow>();
                        slot.HashJoin[rowKey] = list;
                    }

                    list.Add(row);
                }
            }
        }

        if (key is string keyText)
        {
            key = keyText.ToUpperInvariant();
        }

        return slot.HashJoin.TryGetValue(key, out var matches) ? matches : Array.Empty<StoredRow>();
    }

    private static void Sort(List<ResultRow> rows, CompiledQuery compiled)
    {
        var orders = compiled.Orders;
        foreach (var row in rows)
        {
            var values = new object?[orders.Count];
            for (var index = 0; index < orders.Count; index++)
            {
                values[index] = row.Slots[orders[index].Slot]?.Values[orders[index].Ordinal];
            }

            row.SortValues = values;
        }

        if (compiled.Slots.Count == 1 && (orders.Count == 0 || IsPrimaryIdAscending(compiled)))
        {
            // The common full-table read and the paged scan in id order (the nurture sweep's account pages):
            // order by primary id only, on a key array (no comparer calls on boxed values per pair).
            var keys = new Guid[rows.Count];
            for (var index = 0; index < keys.Length; index++)
            {
                keys[index] = rows[index].Slots[0]!.Id;
            }

            var array = rows.ToArray();
            Array.Sort(keys, array);
            rows.Clear();
            rows.AddRange(array);
            return;
        }

        rows.Sort((left, right) => Compare(compiled, left, right));
    }

    /// <summary>True when the only order is the main table's primary id, ascending: the same order as no order at all.</summary>
    private static bool IsPrimaryIdAscending(CompiledQuery compiled) =>
        compiled.Orders.Count == 1
        && compiled.Orders[0].Slot == 0
        && !compiled.Orders[0].Descending
        && compiled.Orders[0].Ordinal == compiled.Slots[0].Table.PrimaryIdOrdinal;

    private static int Compare(CompiledQuery compiled, ResultRow left, ResultRow right)
    {
        for (var index = 0; index < compiled.Orders.Count; index++)
        {
            var result = StoredValueComparer.Instance.Compare(left.SortValues[index], right.SortValues[index]);
            if (result != 0)
            {
                return compiled.Orders[index].Descending ? -result : result;
            }
        }

        for (var slot = 0; slot < left.Slots.Length; slot++)
        {
            var result = (left.Slots[slot]?.Id ?? Guid.Empty).CompareTo(right.Slots[slot]?.Id ?? Guid.Empty);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    private static int Compare(CompiledQuery compiled, object?[] leftValues, Guid[] leftIds, object?[] rightValues, Guid[] rightIds)
    {
        for (var index = 0; index < compiled.Orders.Count; index++)
        {
            var result = StoredValueComparer.Instance.Compare(leftValues[index], rightValues[index]);
            if (result != 0)
            {
                return compiled.Orders[index].Descending ? -result : result;
            }
        }

        for (var slot = 0; slot < leftIds.Length; slot++)
        {
            var result = leftIds[slot].CompareTo(rightIds[slot]);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    private static Guid[] SlotIds(ResultRow row)
    {
        var ids = new Guid[row.Slots.Length];
        for (var slot = 0; slot < ids.Length; slot++)
        {
            ids[slot] = row.Slots[slot]?.Id ?? Guid.Empty;
        }

        return ids;
    }

    private static int PositionAfter(List<ResultRow> sorted, CompiledQuery compiled, string cookie)
    {
        var (values, ids) = PagingCookie.ReadLast(cookie, compiled.Orders.Count, compiled.Slots.Count);
        var low = 0;
        var high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Compare(compiled, sorted[middle].SortValues, SlotIds(sorted[middle]), values, ids) <= 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static List<ResultRow> Distinct(List<ResultRow> rows, CompiledQuery compiled)
    {
        if (compiled.Slots.Any(slot => slot.Columns == null))
        {
            return rows;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<ResultRow>(rows.Count);
        foreach (var row in rows)
        {
            var key = string.Join(
                "\u001f",
                compiled.Slots.SelectMany((slot, index) => slot.Columns!.Select(ordinal => Convert.ToString(row.Slots[index]?.Values[ordinal], System.Globalization.CultureInfo.InvariantCulture))));
            if (seen.Add(key))
            {
                distinct.Add(row);
            }
        }

        return distinct;
    }

    private Entity Project(ResultRow row, CompiledQuery compiled)
    {
        var main = compiled.Slots[0];
        var entity = RowCodec.ToEntity(_store, main.Table, row.Slots[0]!, main.Columns);
        for (var index = 1; index < compiled.Slots.Count; index++)
        {
            var slot = compiled.Slots[index];
            var linked = row.Slots[index];
            if (linked == null)
            {
                continue;
            }

            var ordinals = slot.Columns ?? Enumerable.Range(0, slot.Table.Columns.Count).ToList();
            foreach (var ordinal in ordinals)
            {
                var stored = linked.Values[ordinal];
                if (stored != null)
                {
                    var column = slot.Table.Columns[ordinal];
                    entity.Attributes[slot.Alias + "." + column.LogicalName] =
                        new AliasedValue(slot.Table.LogicalName, column.LogicalName, RowCodec.ToSdk(_store, column, stored));
                }
            }
        }

        return entity;
    }

    private sealed record CachedResult(string Signature, long[] Versions, TableStore[] Tables, List<ResultRow> Rows);

    private sealed class CompiledQuery
    {
        public CompiledQuery(QueryEnvironment environment)
        {
            Environment = environment;
        }

        public QueryEnvironment Environment { get; }

        public List<QuerySlot> Slots { get; } = new();

        public List<(LinkEntity Link, int Slot)> LinkOrders { get; } = new();

        public List<(int Slot, int Ordinal, bool Descending)> Orders { get; } = new();

        public List<(string Column, string? Alias)> OrderColumns { get; } = new();

        public Func<ResultRow, bool>? Criteria { get; set; }

        public IReadOnlyCollection<Guid>? Candidates { get; set; }

        public bool UsedIndex { get; set; }

        public bool UsesEnvironment { get; set; }
    }
}
