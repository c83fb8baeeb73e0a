using System;
using System.Collections;
using System.Globalization;
using System.Text;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Querying;

/// <summary>
/// A text key for a query without its paging, so consecutive pages of the same query reuse one sorted
/// result (as long as no table it reads has changed) instead of filtering and sorting again per page.
/// </summary>
internal static class QuerySignature
{
    public static string Of(QueryExpression query)
    {
        var text = new StringBuilder();
        text.Append(query.EntityName).Append('|').Append(query.Distinct).Append('|');
        Columns(text, query.ColumnSet);
        Filter(text, query.Criteria);
        Orders(text, query.Orders);
        foreach (var link in query.LinkEntities)
        {
            Link(text, link);
        }

        return text.ToString();
    }

    private static void Link(StringBuilder text, LinkEntity link)
    {
        text.Append("{L:").Append(link.LinkFromEntityName).Append(',').Append(link.LinkFromAttributeName).Append(',')
            .Append(link.LinkToEntityName).Append(',').Append(link.LinkToAttributeName).Append(',').Append(link.JoinOperator)
            .Append(',').Append(link.EntityAlias).Append('|');
        Columns(text, link.Columns);
        Filter(text, link.LinkCriteria);
        Orders(text, link.Orders);
        foreach (var child in link.LinkEntities)
        {
            Link(text, child);
        }

        text.Append('}');
    }

    private static void Columns(StringBuilder text, ColumnSet columns)
    {
        text.Append(columns.AllColumns ? "*" : string.Join(",", columns.Columns)).Append('|');
    }

    private static void Orders(StringBuilder text, DataCollection<OrderExpression> orders)
    {
        foreach (var order in orders)
        {
            text.Append("O:").Append(order.EntityName).Append('.').Append(order.AttributeName).Append(order.OrderType).Append('|');
        }
    }

    private static void Filter(StringBuilder text, FilterExpression filter)
    {
        text.Append('(').Append(filter.FilterOperator);
        foreach (var condition in filter.Conditions)
        {
            text.Append("[C:").Append(condition.EntityName).Append('.').Append(condition.AttributeName).Append(' ').Append(condition.Operator);
            foreach (var value in condition.Values)
            {
                Value(text, value);
            }

            text.Append(']');
        }

        foreach (var child in filter.Filters)
        {
            Filter(text, child);
        }

        text.Append(')');
    }

    private static void Value(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append(" null");
                break;
            case EntityReference reference:
                text.Append(" r").Append(reference.Id);
                break;
            case OptionSetValue option:
                text.Append(" o").Append(option.Value);
                break;
            case Money money:
                text.Append(" m").Append(money.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case DateTime moment:
                text.Append(" t").Append(moment.Ticks);
                break;
            case IEnumerable items and not string:
                foreach (var item in items)
                {
                    Value(text, item);
                }

                break;
            default:
                text.Append(' ').Append(value.GetType().Name).Append(':').Append(System.Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
