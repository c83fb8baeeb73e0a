using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// Reads a column's value from an engine row and computes one aggregate over a group's rows, with
/// Dataverse's result types: counts are int; sum, avg, min and max keep the column's type (Money for
/// currency, int for whole numbers — avg truncating as SQL's AVG on an int does); nulls never take
/// part, and an aggregate over no values is null.
/// </summary>
internal static class FetchAggregateValues
{
    /// <summary>The column's value in <paramref name="row"/>: the raw value, unwrapped from its AliasedValue for a link-entity column.</summary>
    public static object? Read(FetchAggregateColumn column, Entity row)
    {
        if (row.Attributes.TryGetValue(column.RowKey, out var raw))
        {
            return raw is AliasedValue aliased ? aliased.Value : raw;
        }

        // An engine may leave the primary key out of the attributes and carry it only as the row's id.
        return column.EntityAlias is null && column.Kind == FetchValueKind.Guid && row.Id != Guid.Empty ? row.Id : null;
    }

    /// <summary>The group key value of a groupby column: the value itself, or its date part for a dategrouping.</summary>
    public static object? GroupValue(FetchAggregateColumn column, Entity row)
    {
        var value = Read(column, row);
        if (column.DateGrouping is not { } grouping || value is not DateTime moment)
        {
            return value;
        }

        var utc = moment.Kind == DateTimeKind.Local ? moment.ToUniversalTime() : moment;
        return grouping switch
        {
            FetchDateGrouping.Day => utc.Day,
            FetchDateGrouping.Week => SqlWeekOfYear(utc),
            FetchDateGrouping.Month => utc.Month,
            FetchDateGrouping.Quarter => ((utc.Month - 1) / 3) + 1,
            _ => utc.Year,
        };
    }

    /// <summary>The aggregate of <paramref name="column"/> over <paramref name="rows"/>.</summary>
    public static object? Compute(FetchAggregateColumn column, IReadOnlyList<Entity> rows)
    {
        if (column.Function == FetchAggregateFunction.Count)
        {
            return rows.Count;
        }

        IEnumerable<object> present = rows.Select(row => Read(column, row)).Where(v => v is not null)!;
        if (column.Distinct)
        {
            present = present.Distinct(FetchValueComparer.Instance)!;
        }

        var values = present.ToList();
        return column.Function switch
        {
            FetchAggregateFunction.CountColumn => values.Count,
            _ when values.Count == 0 => null,
            FetchAggregateFunction.Sum => Sum(column, values),
            FetchAggregateFunction.Avg => Average(column, values),
            FetchAggregateFunction.Min => Copy(values.Min(FetchValueComparer.Instance)),
            _ => Copy(values.Max(FetchValueComparer.Instance)),
        };
    }

    // DATEPART(week): weeks start on Sunday and the week holding 1 January is week 1.
    private static int SqlWeekOfYear(DateTime moment)
    {
        var firstDay = new DateTime(moment.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return ((moment.DayOfYear - 1 + (int)firstDay.DayOfWeek) / 7) + 1;
    }

    private static object Sum(FetchAggregateColumn column, List<object> values) => column.Kind switch
    {
        FetchValueKind.Integer => ToWholeNumber(column, values.Sum(v => Convert.ToInt64(v, CultureInfo.InvariantCulture))),
        FetchValueKind.Double => values.Sum(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)),
        FetchValueKind.Money => new Money(values.Sum(Amount)),
        _ => values.Sum(Amount),
    };

    private static object Average(FetchAggregateColumn column, List<object> values) => column.Kind switch
    {
        // Integer division truncates toward zero, as SQL's AVG over an int column does.
        FetchValueKind.Integer => ToWholeNumber(column, values.Sum(v => Convert.ToInt64(v, CultureInfo.InvariantCulture)) / values.Count),
        FetchValueKind.Double => values.Average(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)),
        FetchValueKind.Money => new Money(values.Sum(Amount) / values.Count),
        _ => values.Sum(Amount) / values.Count,
    };

    private static decimal Amount(object value) =>
        value is Money money ? money.Value : Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    private static int ToWholeNumber(FetchAggregateColumn column, long total)
    {
        if (total is < int.MinValue or > int.MaxValue)
        {
            throw FetchFaults.Create(
                FetchErrorCodes.InvalidArgument,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "The {0} of {1}.{2} ({3}) does not fit a whole number column. Narrow the query with filters.",
                    column.Function.ToString()!.ToLowerInvariant(),
                    column.EntityLogicalName,
                    column.AttributeName,
                    total));
        }

        return (int)total;
    }

    /// <summary>A copy of a mutable SDK value, so result rows never share one with the engine's rows.</summary>
    public static object? Copy(object? value) => value switch
    {
        Money money => new Money(money.Value),
        OptionSetValue option => new OptionSetValue(option.Value),
        EntityReference reference => new EntityReference(reference.LogicalName, reference.Id) { Name = reference.Name },
        _ => value,
    };
}
