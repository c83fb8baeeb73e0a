using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using static CrmJourney.LocalOrg.Fetch.FetchXmlElements;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// The aliases of a query's link-entities, settled before the query is read because a condition of
/// the main filter may name a link-entity that the document declares after it. An unaliased
/// link-entity is named as the FetchXML reference (link-entity, alias) says Dataverse names it: a
/// many-to-one join (from is the linked table's primary key) takes the table's logical name; any
/// other join takes the logical name followed by the number of link-entities of that table so far
/// in the document (contact1, contact2…), as does a many-to-one join whose plain name is taken. At
/// most 15 link-entities, each alias once.
/// </summary>
internal sealed class FetchLinkAliases
{
    private readonly Dictionary<XElement, FetchLinkAlias> _links = new();
    private readonly string _mainTable;

    private FetchLinkAliases(string mainTable)
    {
        _mainTable = mainTable;
    }

    /// <summary>The link-entity <paramref name="element"/>'s alias and table.</summary>
    public FetchLinkAlias this[XElement element] => _links[element];

    /// <summary>
    /// Names every link-entity under <paramref name="entity"/>, depth first in document order;
    /// <paramref name="requireTable"/> refuses a table that does not exist.
    /// </summary>
    public static FetchLinkAliases Assign(XElement entity, string mainTable, IFetchMetadata metadata, Action<string> requireTable)
    {
        var aliases = new FetchLinkAliases(mainTable);
        aliases.AssignUnder(entity, new Dictionary<string, int>(StringComparer.Ordinal), metadata, requireTable);
        return aliases;
    }

    /// <summary>
    /// The link-entity a condition or order of the main entity points at with entityname: by alias,
    /// else by the table of an unaliased link-entity. Null alias for the main table itself.
    /// </summary>
    public (string? Alias, string Table) Resolve(string entityName, XElement element)
    {
        var byAlias = _links.Values.FirstOrDefault(l => l.Alias == entityName);
        if (byAlias is not null)
        {
            return (byAlias.Alias, byAlias.Table);
        }

        var byTable = _links.Values.Where(l => l.Table == entityName).ToArray();
        if (byTable.Length > 1 || (byTable.Length == 1 && entityName == _mainTable))
        {
            throw Fault(
                FetchErrorCodes.QueryBuilderInvalidValue,
                "Ambiguous reference (entityname={0}). At least one of link-entity nodes has the same entity name as the main entity or as another link-entity; give the link-entity an alias and use it.",
                entityName);
        }

        if (byTable.Length == 1)
        {
            return (byTable[0].Alias, byTable[0].Table);
        }

        if (entityName == _mainTable)
        {
            return (null, _mainTable);
        }

        throw Fault(
            FetchErrorCodes.QueryBuilderAliasDoesNotExist,
            "No link-entity has the alias or name '{0}' named by entityname. Use the alias of a link-entity of this query. NodeXml: {1}",
            entityName,
            NodeXml(element));
    }

    private void AssignUnder(XElement parent, Dictionary<string, int> perTable, IFetchMetadata metadata, Action<string> requireTable)
    {
        foreach (var link in parent.Elements().Where(e => e.Name.LocalName == FetchXmlNames.LinkEntityElement))
        {
            if (_links.Count == FetchXmlTranslator.MaximumLinkEntities)
            {
                throw Fault(
                    FetchErrorCodes.TooManyLinkEntities,
                    "Number of link entities in query exceeded maximum limit. A query may join at most {0} link-entity elements.",
                    FetchXmlTranslator.MaximumLinkEntities);
            }

            var table = RequiredAttribute(link, FetchXmlNames.Name);
            requireTable(table);
            var number = perTable.TryGetValue(table, out var seen) ? seen + 1 : 1;
            perTable[table] = number;
            var alias = link.Attribute(FetchXmlNames.Alias)?.Value;
            if (string.IsNullOrEmpty(alias))
            {
                var from = link.Attribute(FetchXmlNames.From)?.Value;
                var manyToOne = string.IsNullOrEmpty(from) || from == metadata.GetPrimaryIdColumn(table);
                alias = manyToOne && !IsTaken(table) ? table : table + number.ToString(CultureInfo.InvariantCulture);
            }

            if (IsTaken(alias))
            {
                throw Fault(
                    FetchErrorCodes.QueryBuilderInvalidAlias,
                    "The alias '{0}' is used by more than one link-entity. Give each link-entity its own alias.",
                    alias);
            }

            _links[link] = new FetchLinkAlias(alias, table);
            AssignUnder(link, perTable, metadata, requireTable);
        }
    }

    private bool IsTaken(string alias) => _links.Values.Any(l => l.Alias == alias);
}
