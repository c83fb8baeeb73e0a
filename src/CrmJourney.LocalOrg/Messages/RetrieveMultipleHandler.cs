using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Fetch;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Querying;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>
/// RetrieveMultiple with a QueryExpression, a QueryByAttribute (as the equivalent AND of Equal
/// conditions) or a FetchExpression. FetchXML is translated to a QueryExpression, so it pages, sorts
/// and filters exactly as QueryExpression does; an aggregate FetchXML query reads every matching row
/// (stopping one past the aggregate record limit, which already faults) and groups them, as
/// Dataverse applies top and paging to the grouped rows rather than to the rows read.
/// </summary>
public sealed class RetrieveMultipleHandler : IMessageHandler
{
    private const int AggregateReadPageSize = 5_000;
    private const string EntityElement = "entity";
    private const string NameAttribute = "name";

    /// <inheritdoc />
    public string MessageName => "RetrieveMultiple";

    /// <inheritdoc />
    public MessageTarget Describe(OrganizationRequest request) =>
        Parameters.Optional<QueryBase>(request.Parameters, "Query") switch
        {
            QueryExpression expression => new MessageTarget(expression.EntityName, System.Guid.Empty),
            QueryByAttribute byAttribute => new MessageTarget(byAttribute.EntityName, System.Guid.Empty),
            FetchExpression fetch => new MessageTarget(FetchEntityName(fetch), System.Guid.Empty),
            _ => MessageTarget.None,
        };

    /// <inheritdoc />
    public OrganizationResponse Execute(MessageExecution execution)
    {
        var environment = new QueryEnvironment(execution.Now, execution.UserId);
        var engine = execution.Organization.Queries;
        execution.OutputParameters["EntityCollection"] = Parameters.Required<QueryBase>(execution.InputParameters, "Query") switch
        {
            QueryExpression expression => engine.Execute(WithDefaults(expression), environment),
            QueryByAttribute byAttribute => engine.Execute(ToExpression(byAttribute), environment),
            FetchExpression fetch => ExecuteFetch(fetch, execution.Organization.Catalog, engine, environment),
            var other => throw OrganizationFaults.NotSupported($"the query type '{other.GetType().Name}'"),
        };
        return execution.Respond(new RetrieveMultipleResponse());
    }

    private static EntityCollection ExecuteFetch(FetchExpression fetch, MetadataCatalog catalog, QueryEngine engine, QueryEnvironment environment)
    {
        var translated = FetchXmlTranslator.Translate(fetch.Query ?? string.Empty, new CatalogFetchMetadata(catalog));
        if (translated.Aggregation is null)
        {
            // Top, distinct, page, count and paging-cookie are already on the translated query.
            return engine.Execute(translated.Query, environment);
        }

        return FetchAggregator.Aggregate(translated.Aggregation, ReadAll(translated.Query, translated.Aggregation.RecordLimit, engine, environment));
    }

    /// <summary>
    /// Every row the query matches, read page by page through the engine's cookies (the engine hands
    /// out at most 5,000 rows a page). Reading stops one row past <paramref name="limit"/>: the
    /// aggregator faults on that many whatever the rest would be.
    /// </summary>
    private static List<Entity> ReadAll(QueryExpression query, int limit, QueryEngine engine, QueryEnvironment environment)
    {
        var rows = new List<Entity>();
        query.TopCount = null;
        query.PageInfo = new PagingInfo { PageNumber = 1, Count = AggregateReadPageSize };
        while (true)
        {
            var page = engine.Execute(query, environment);
            rows.AddRange(page.Entities);
            if (!page.MoreRecords || rows.Count > limit)
            {
                return rows;
            }

            query.PageInfo = new PagingInfo { PageNumber = query.PageInfo.PageNumber + 1, Count = AggregateReadPageSize, PagingCookie = page.PagingCookie };
        }
    }

    private static string? FetchEntityName(FetchExpression fetch)
    {
        // Only the target's table name is needed here; malformed FetchXML faults later, in Execute.
        try
        {
            return XDocument.Parse(fetch.Query ?? string.Empty).Root?.Element(EntityElement)?.Attribute(NameAttribute)?.Value;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>
    /// The query with Dataverse's meaning of the parts the real SDK lets a caller leave null: a null
    /// column set returns the primary key only ("Assign null to this property to retrieve only the
    /// primary key", https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.retrieveallchilduserssystemuserrequest.columnset
    /// and the SDK's RetrieveRequest.ColumnSet, https://learn.microsoft.com/previous-versions/dynamicscrm-2016/developers-guide/gg307461(v=crm.8);
    /// "the primary key value is always returned", https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.columnset),
    /// a null PageInfo the first page of the default size, a null Criteria no filter. A copy, so the
    /// caller's query (shared in process) is never changed.
    /// </summary>
    private static QueryExpression WithDefaults(QueryExpression query)
    {
        if (query.ColumnSet != null && query.PageInfo != null && query.Criteria != null)
        {
            return query;
        }

        var copy = new QueryExpression(query.EntityName)
        {
            ColumnSet = query.ColumnSet ?? new ColumnSet(),
            Criteria = query.Criteria ?? new FilterExpression(),
            PageInfo = query.PageInfo ?? new PagingInfo(),
            TopCount = query.TopCount,
            Distinct = query.Distinct,
            NoLock = query.NoLock,
        };
        copy.Orders.AddRange(query.Orders);
        copy.LinkEntities.AddRange(query.LinkEntities);
        return copy;
    }

    private static QueryExpression ToExpression(QueryByAttribute query)
    {
        if (query.Attributes.Count != query.Values.Count)
        {
            throw OrganizationFaults.InvalidArgument("QueryByAttribute needs one value per attribute.");
        }

        // The real SDK's new QueryByAttribute leaves ColumnSet and PageInfo null; see WithDefaults for what that means.
        var expression = new QueryExpression(query.EntityName ?? throw OrganizationFaults.InvalidArgument("QueryByAttribute.EntityName is required."))
        {
            ColumnSet = query.ColumnSet ?? new ColumnSet(),
            PageInfo = query.PageInfo ?? new PagingInfo(),
            TopCount = query.TopCount,
        };
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
