using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// Applies an aggregate FetchXML query's aggregation to the rows LocalOrg's engine returned for the
/// translated QueryExpression. Each result row holds one AliasedValue per alias (groupby values as
/// the rows carry them — EntityReference for a lookup, OptionSetValue for a choice — and aggregates
/// typed as Dataverse returns them). Rows without a value in a groupby column form their own group,
/// whose AliasedValue holds null. Without groupby there is exactly one result row, even over no
/// rows (count 0, other aggregates null). More rows than the limit fault as Dataverse's
/// AggregateQueryRecordLimit does, whatever the grouping.
/// </summary>
public static class FetchAggregator
{
    private const int DefaultPageSize = 5_000;

    /// <summary>
    /// The result rows of <paramref name="aggregation"/> over <paramref name="rows"/>: grouped, sorted
    /// by the query's aliases, then cut to top or to the page asked for.
    /// </summary>
    public static EntityCollection Aggregate(FetchAggregation aggregation, IReadOnlyList<Entity> rows)
    {
        ArgumentNullException.ThrowIfNull(aggregation);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count > aggregation.RecordLimit)
        {
            throw FetchFaults.Create(
                FetchErrorCodes.AggregateQueryRecordLimit,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "AggregateQueryRecordLimit exceeded. Cannot perform this operation. The maximum record limit is exceeded: the query reads {0:N0} rows and aggregate queries may read {1:N0}. Reduce the number of records with filters (a date range, a subset of choice values) and combine the results.",
                    rows.Count,
                    aggregation.RecordLimit));
        }

        var results = Group(aggregation, rows).Select(group => ResultRow(aggregation, group.Key, group.Rows));
        var ordered = Order(aggregation, results.ToList());
        return Cut(aggregation, ordered);
    }

    private static List<(object?[] Key, List<Entity> Rows)> Group(FetchAggregation aggregation, IReadOnlyList<Entity> rows)
    {
        var groupColumns = aggregation.Columns.Where(c => c.IsGroupBy).ToArray();
        var groups = new List<(object?[] Key, List<Entity> Rows)>();
        if (groupColumns.Length == 0)
        {
            groups.Add(([], rows.ToList()));
            return groups;
        }

        // Groups keep the order in which their first row came, so an unordered result is stable.
        var index = new Dictionary<object?[], int>(FetchGroupKeyComparer.Instance);
        foreach (var row in rows)
        {
            var key = groupColumns.Select(c => FetchAggregateValues.GroupValue(c, row)).ToArray();
            if (!index.TryGetValue(key, out var position))
            {
                position = groups.Count;
                index[key] = position;
                groups.Add((key, new List<Entity>()));
            }

            groups[position].Rows.Add(row);
        }

        return groups;
    }

    private static Entity ResultRow(FetchAggregation aggregation, object?[] key, List<Entity> rows)
    {
        var result = new Entity(aggregation.EntityName);
        var keyPosition = 0;
        foreach (var column in aggregation.Columns)
        {
            var value = column.IsGroupBy ? FetchAggregateValues.Copy(key[keyPosition++]) : FetchAggregateValues.Compute(column, rows);
            result.Attributes[column.Alias] = new AliasedValue(column.EntityLogicalName, column.AttributeName, value!);
        }

        return result;
    }

    private static List<Entity> Order(FetchAggregation aggregation, List<Entity> results)
    {
        if (aggregation.Orders.Count == 0)
        {
            return results;
        }

        IOrderedEnumerable<Entity>? ordered = null;
        foreach (var order in aggregation.Orders)
        {
            object? Key(Entity row) => ((AliasedValue)row.Attributes[order.Alias]!).Value;
            ordered = (ordered, order.Descending) switch
            {
                (null, false) => results.OrderBy(Key, FetchValueComparer.Instance),
                (null, true) => results.OrderByDescending(Key, FetchValueComparer.Instance),
                (_, false) => ordered.ThenBy(Key, FetchValueComparer.Instance),
                (_, true) => ordered.ThenByDescending(Key, FetchValueComparer.Instance),
            };
        }

        return ordered!.ToList();
    }

    private static EntityCollection Cut(FetchAggregation aggregation, List<Entity> results)
    {
        IEnumerable<Entity> page = results;
        var moreRecords = false;
        if (aggregation.Top is { } top)
        {
            page = results.Take(top);
        }
        else if (aggregation.Paging is { } paging)
        {
            var size = paging.Count == 0 ? DefaultPageSize : paging.Count;
            var skip = (long)(paging.PageNumber - 1) * size;
            page = results.Skip((int)Math.Min(skip, int.MaxValue)).Take(size);
            moreRecords = results.Count > skip + size;
        }

        return new EntityCollection(page.ToList())
        {
            EntityName = aggregation.EntityName,
            MoreRecords = moreRecords,
        };
    }
}
