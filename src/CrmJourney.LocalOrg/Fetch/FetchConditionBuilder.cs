using System.Linq;
using System.ServiceModel;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static CrmJourney.LocalOrg.Fetch.FetchXmlElements;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// Turns a condition element into a ConditionExpression once its column is known: checks that the
/// operator exists, that LocalOrg runs it, that it fits the column, and that it has the values it
/// takes (none, one, two, or a list of value elements), then types each value by the column kind.
/// </summary>
internal static class FetchConditionBuilder
{
    public static ConditionExpression Build(XElement element, string operatorName, string attribute, string? entityAlias, string table, FetchValueKind kind)
    {
        var fetchOperator = Operator(operatorName);
        CheckOperatorColumn(fetchOperator, kind, table, attribute);
        var condition = new ConditionExpression
        {
            AttributeName = attribute,
            Operator = fetchOperator.Operator,
            EntityName = entityAlias,
        };
        condition.Values.AddRange(Values(element, fetchOperator, kind, table, attribute));
        return condition;
    }

    private static FetchOperator Operator(string name)
    {
        if (FetchConditionOperators.TryGet(name, out var fetchOperator))
        {
            return fetchOperator;
        }

        var supported = string.Join(", ", FetchConditionOperators.SupportedNames);
        if (FetchConditionOperators.IsKnownButUnsupported(name))
        {
            throw Fault(FetchErrorCodes.NotSupported, "LocalOrg does not support the FetchXML operator '{0}'. Supported operators: {1}.", name, supported);
        }

        throw Fault(FetchErrorCodes.QueryBuilderInvalidConditionOperator, "'{0}' is not a FetchXML condition operator. Supported operators: {1}.", name, supported);
    }

    private static void CheckOperatorColumn(FetchOperator fetchOperator, FetchValueKind kind, string table, string column)
    {
        var (fits, expected) = fetchOperator.Columns switch
        {
            FetchOperatorColumns.Text => (kind == FetchValueKind.String, "text"),
            FetchOperatorColumns.Date => (kind == FetchValueKind.DateTime, "date and time"),
            FetchOperatorColumns.User => (kind is FetchValueKind.Lookup or FetchValueKind.Guid, "lookup"),
            FetchOperatorColumns.MultiChoice => (kind == FetchValueKind.MultiChoice, "multi-select choice"),
            _ => (true, string.Empty),
        };
        if (!fits)
        {
            throw Fault(
                FetchErrorCodes.InvalidArgument,
                "The operator '{0}' applies to {1} columns; {2}.{3} is a {4} column.",
                fetchOperator.Name,
                expected,
                table,
                column,
                kind);
        }
    }

    private static object[] Values(XElement element, FetchOperator fetchOperator, FetchValueKind kind, string table, string column)
    {
        var attributeValue = element.Attribute(FetchXmlNames.Value)?.Value;
        var childValues = element.Elements().Select(v => v.Value).ToArray();
        var given = childValues.Length + (attributeValue is null ? 0 : 1);
        switch (fetchOperator.Values)
        {
            case FetchOperatorValues.None:
                if (given > 0)
                {
                    throw ValueCountFault(fetchOperator, "takes no value", table, column);
                }

                return [];
            case FetchOperatorValues.One:
            case FetchOperatorValues.Count:
                if (given != 1)
                {
                    throw ValueCountFault(fetchOperator, "needs exactly one value (the value attribute)", table, column);
                }

                var text = attributeValue ?? childValues[0];
                return fetchOperator.Values == FetchOperatorValues.Count
                    ? [FetchXmlValueParser.ParseCount(text, table, column)]
                    : [FetchXmlValueParser.Parse(text, kind, table, column)];
            case FetchOperatorValues.Two:
                if (attributeValue is not null || childValues.Length != 2)
                {
                    throw ValueCountFault(fetchOperator, "needs exactly two <value> elements (from and to)", table, column);
                }

                return childValues.Select(v => FetchXmlValueParser.Parse(v, kind, table, column)).ToArray();
            default:
                if (attributeValue is not null || childValues.Length == 0)
                {
                    throw ValueCountFault(fetchOperator, "needs one or more <value> elements", table, column);
                }

                return childValues.Select(v => FetchXmlValueParser.Parse(v, kind, table, column)).ToArray();
        }
    }

    private static FaultException<OrganizationServiceFault> ValueCountFault(FetchOperator fetchOperator, string rule, string table, string column) =>
        Fault(FetchErrorCodes.InvalidArgument, "The operator '{0}' {1}: check the condition on {2}.{3}.", fetchOperator.Name, rule, table, column);
}
