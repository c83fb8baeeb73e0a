using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using static CrmJourney.LocalOrg.Fetch.FetchXmlElements;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// Reads an attribute element of an aggregate query into a <see cref="FetchAggregateColumn"/>, with
/// Dataverse's rules: every attribute groups or aggregates (not both) and has its own alias; sum and
/// avg need numbers, min and max numbers or dates; a multi-select choice cannot group; dategrouping
/// counts only on date columns.
/// </summary>
internal static class FetchAggregateColumnReader
{
    private const string FiscalPeriod = "fiscal-period";
    private const string FiscalYear = "fiscal-year";

    private static readonly FrozenDictionary<string, FetchAggregateFunction> _functions =
        new Dictionary<string, FetchAggregateFunction>(StringComparer.Ordinal)
        {
            ["count"] = FetchAggregateFunction.Count,
            ["countcolumn"] = FetchAggregateFunction.CountColumn,
            ["sum"] = FetchAggregateFunction.Sum,
            ["avg"] = FetchAggregateFunction.Avg,
            ["min"] = FetchAggregateFunction.Min,
            ["max"] = FetchAggregateFunction.Max,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FetchDateGrouping> _dateGroupings =
        new Dictionary<string, FetchDateGrouping>(StringComparer.Ordinal)
        {
            ["day"] = FetchDateGrouping.Day,
            ["week"] = FetchDateGrouping.Week,
            ["month"] = FetchDateGrouping.Month,
            ["quarter"] = FetchDateGrouping.Quarter,
            ["year"] = FetchDateGrouping.Year,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static FetchAggregateColumn Read(XElement element, FetchScope scope, string name, FetchValueKind kind, IReadOnlyCollection<FetchAggregateColumn> earlier)
    {
        var groupBy = ReadBoolean(element, FetchXmlNames.GroupBy, FetchErrorCodes.GroupByWithoutAggregate) ?? false;
        var functionText = element.Attribute(FetchXmlNames.Aggregate)?.Value;
        if (!groupBy && functionText is null)
        {
            throw Fault(
                FetchErrorCodes.QueryBuilderAttributeNotFound,
                "An attribute can not be requested when an aggregate operation has been specified and its neither groupby nor aggregate.  NodeXml : {0}",
                NodeXml(element));
        }

        if (groupBy && functionText is not null)
        {
            throw Fault(
                FetchErrorCodes.QueryBuilderDeserializeInvalidAggregate,
                "An attribute either groups (groupby='true') or aggregates (aggregate='...'), not both. Add a second attribute element. NodeXml: {0}",
                NodeXml(element));
        }

        var alias = element.Attribute(FetchXmlNames.Alias)?.Value;
        if (string.IsNullOrEmpty(alias))
        {
            throw Fault(FetchErrorCodes.QueryBuilderNoAlias, "An alias must be specified for every attribute in an aggregate query. NodeXml: {0}", NodeXml(element));
        }

        if (earlier.Any(c => c.Alias == alias))
        {
            throw Fault(
                FetchErrorCodes.QueryBuilderInvalidAlias,
                "The alias '{0}' is used by more than one attribute. Each column of an aggregate query needs its own alias.",
                alias);
        }

        FetchAggregateFunction? function = functionText is null ? null : Function(functionText, element);
        if (function is { } known)
        {
            CheckKind(known, kind, scope.Table, name);
        }

        var distinct = ReadBoolean(element, FetchXmlNames.Distinct, FetchErrorCodes.QueryBuilderDeserializeInvalidAggregate) ?? false;
        if (groupBy && kind == FetchValueKind.MultiChoice)
        {
            throw Fault(FetchErrorCodes.GroupByMultiSelectPicklist, "groupby cannot be specified for attribute type MultiSelectPickList. NodeXml: {0}", NodeXml(element));
        }

        // As in Dataverse, dategrouping is read only when grouping a date and time column.
        var dateGrouping = groupBy && kind == FetchValueKind.DateTime ? DateGrouping(element) : null;
        return new FetchAggregateColumn(
            alias,
            scope.Link?.Alias,
            scope.Table,
            name,
            kind,
            function,
            distinct && function is not FetchAggregateFunction.Count,
            dateGrouping);
    }

    private static FetchAggregateFunction Function(string text, XElement element)
    {
        if (_functions.TryGetValue(text, out var function))
        {
            return function;
        }

        throw Fault(
            FetchErrorCodes.QueryBuilderDeserializeInvalidAggregate,
            "'{0}' is not an aggregate function. Use count, countcolumn, sum, avg, min or max. NodeXml: {1}",
            text,
            NodeXml(element));
    }

    private static void CheckKind(FetchAggregateFunction function, FetchValueKind kind, string table, string column)
    {
        var numeric = kind is FetchValueKind.Integer or FetchValueKind.Decimal or FetchValueKind.Double or FetchValueKind.Money;
        var allowed = function switch
        {
            FetchAggregateFunction.Sum or FetchAggregateFunction.Avg => numeric,
            FetchAggregateFunction.Min or FetchAggregateFunction.Max => numeric || kind == FetchValueKind.DateTime,
            _ => true,
        };
        if (!allowed)
        {
            throw Fault(
                FetchErrorCodes.QueryBuilderDeserializeInvalidAggregate,
                "The aggregate '{0}' can't be applied to {1}.{2}, a {3} column: sum and avg need a number or currency column, min and max a number, currency or date column.",
                function.ToString().ToLowerInvariant(),
                table,
                column,
                kind);
        }
    }

    private static FetchDateGrouping? DateGrouping(XElement element)
    {
        var text = element.Attribute(FetchXmlNames.DateGrouping)?.Value;
        if (text is null)
        {
            return null;
        }

        if (_dateGroupings.TryGetValue(text, out var grouping))
        {
            return grouping;
        }

        if (text is FiscalPeriod or FiscalYear)
        {
            throw Fault(
                FetchErrorCodes.NotSupported,
                "LocalOrg does not support dategrouping '{0}': it keeps no fiscal year settings. Group by month, quarter or year instead.",
                text);
        }

        throw Fault(
            FetchErrorCodes.InvalidArgument,
            "'{0}' is not a dategrouping. Use day, week, month, quarter, year, fiscal-period or fiscal-year. NodeXml: {1}",
            text,
            NodeXml(element));
    }
}
