using System.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Querying;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>
/// RetrieveMultiple with a QueryExpression or QueryByAttribute (the latter as the equivalent AND of
/// Equal conditions). FetchExpression is not supported yet and faults naming it.
/// </summary>
public sealed class RetrieveMultipleHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "RetrieveMultiple";

    /// <inheritdoc />
    public MessageTarget Describe(OrganizationRequest request) =>
        Parameters.Optional<QueryBase>(request.Parameters, "Query") switch
        {
            QueryExpression expression => new MessageTarget(expression.EntityName, System.Guid.Empty),
            QueryByAttribute byAttribute => new MessageTarget(byAttribute.EntityName, System.Guid.Empty),
            _ => MessageTarget.None,
        };

    /// <inheritdoc />
    public OrganizationResponse Execute(MessageExecution execution)
    {
        var query = Parameters.Required<QueryBase>(execution.InputParameters, "Query") switch
        {
            QueryExpression expression => expression,
            QueryByAttribute byAttribute => ToExpression(byAttribute),
            FetchExpression => throw OrganizationFaults.NotSupported("FetchExpression (FetchXML) queries yet; use QueryExpression"),
            var other => throw OrganizationFaults.NotSupported($"the query type '{other.GetType().Name}'"),
        };
        execution.OutputParameters["EntityCollection"] = execution.Organization.Queries.Execute(query, new QueryEnvironment(execution.Now, execution.UserId));
        return execution.Respond(new RetrieveMultipleResponse());
    }

    private static QueryExpression ToExpression(QueryByAttribute query)
    {
        if (query.Attributes.Count != query.Values.Count)
        {
            throw OrganizationFaults.InvalidArgument("QueryByAttribute needs one value per attribute.");
        }

        var expression = new QueryExpression(query.EntityName ?? throw OrganizationFaults.InvalidArgument("QueryByAttribute.EntityName is required.")) { ColumnSet = query.ColumnSet, PageInfo = query.PageInfo, TopCount = query.TopCount };
        foreach (var (attribute, value) in query.Attributes.Zip(query.Values))
        {
            expression.Criteria.AddCondition(attribute, ConditionOperator.Equal, value);
        }

        foreach (var order in query.Orders)
        {
            expression.Orders.Add(order);
        }

        return expression;
    }
}
