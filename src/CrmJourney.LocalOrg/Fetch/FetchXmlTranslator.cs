using System;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// Translates FetchXML into a QueryExpression for LocalOrg's engine plus, for aggregate queries, the
/// aggregation to apply to the engine's rows. What Dataverse would refuse is refused here with the
/// fault Dataverse raises (see <see cref="FetchErrorCodes"/>), and valid FetchXML that LocalOrg does
/// not implement is refused by name instead of being run with different results.
/// </summary>
/// <example>
/// How RetrieveMultiple with a FetchExpression uses it:
/// <code>
/// var fetch = FetchXmlTranslator.Translate(fetchExpression.Query, metadata);
/// if (fetch.Aggregation is null)
/// {
///     return engine.RetrieveMultiple(fetch.Query);            // top, distinct and paging are on the query
/// }
/// var rows = engine.RetrieveAll(fetch.Query);                  // every matching row, no paging
/// return FetchAggregator.Aggregate(fetch.Aggregation, rows);  // faults past 50,000 rows
/// </code>
/// </example>
public static class FetchXmlTranslator
{
    /// <summary>Dataverse's limit on link-entity elements in one query.</summary>
    public const int MaximumLinkEntities = 15;

    /// <summary>Dataverse's limit on the fetch element's top (one page without a paging cookie).</summary>
    public const int MaximumTop = 5_000;

    /// <summary>
    /// The query <paramref name="fetchXml"/> describes, with condition values converted by the column
    /// kinds <paramref name="metadata"/> reports. Throws <c>FaultException&lt;OrganizationServiceFault&gt;</c>
    /// for FetchXML that is empty, malformed, names unknown tables or columns, or uses what LocalOrg
    /// does not implement; the fault's message says what is wrong and where.
    /// </summary>
    public static FetchXmlQuery Translate(string fetchXml, IFetchMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var root = Parse(fetchXml);
        return new FetchXmlTranslation(metadata).Translate(root);
    }

    private static XElement Parse(string? fetchXml)
    {
        if (string.IsNullOrWhiteSpace(fetchXml))
        {
            throw FetchFaults.Create(
                FetchErrorCodes.QueryBuilderDeserializeEmptyXml,
                "The FetchXML query is empty. Pass a <fetch> element holding one <entity> element.");
        }

        try
        {
            // XDocument.Parse refuses DTDs, so a query cannot expand entities.
            return XDocument.Parse(fetchXml, LoadOptions.None).Root!;
        }
        catch (XmlException exception)
        {
            throw FetchFaults.Create(
                FetchErrorCodes.InvalidXml,
                string.Format(CultureInfo.InvariantCulture, "The FetchXML query is not well-formed XML: {0}", exception.Message));
        }
    }
}
