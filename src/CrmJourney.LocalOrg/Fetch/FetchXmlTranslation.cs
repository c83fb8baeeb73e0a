using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// One FetchXML translation: walks the fetch element once, building the QueryExpression and the
/// aggregation, and keeps what the walk needs to remember (link aliases, aggregate aliases). Used
/// once and dropped, so translations never share state.
/// </summary>
internal sealed class FetchXmlTranslation
{
    private static readonly FrozenSet<string> _fetchAttributes = Set(
        FetchXmlNames.Version, FetchXmlNames.OutputFormat, FetchXmlNames.Mapping, FetchXmlNames.Distinct,
        FetchXmlNames.Aggregate, FetchXmlNames.AggregateLimit, FetchXmlNames.Top, FetchXmlNames.Count,
        FetchXmlNames.Page, FetchXmlNames.PagingCookie, FetchXmlNames.ReturnTotalRecordCount, FetchXmlNames.NoLock,
        FetchXmlNames.LateMaterialize, FetchXmlNames.Options, FetchXmlNames.UseRawOrderBy, FetchXmlNames.DataSource);

    private static readonly FrozenSet<string> _entityAttributes = Set(
        FetchXmlNames.Name, FetchXmlNames.EnablePrefiltering, FetchXmlNames.PrefilterParameterName);

    private static readonly FrozenSet<string> _linkEntityAttributes = Set(
        FetchXmlNames.Name, FetchXmlNames.From, FetchXmlNames.To, FetchXmlNames.Alias, FetchXmlNames.LinkType,
        FetchXmlNames.Visible, FetchXmlNames.Intersect, FetchXmlNames.EnablePrefiltering, FetchXmlNames.PrefilterParameterName);

    private static readonly FrozenSet<string> _attributeAttributes = Set(
        FetchXmlNames.Name, FetchXmlNames.Alias, FetchXmlNames.Aggregate, FetchXmlNames.GroupBy, FetchXmlNames.Distinct,
        FetchXmlNames.DateGrouping, FetchXmlNames.UserTimeZone, FetchXmlNames.RowAggregate, FetchXmlNames.Build, FetchXmlNames.AddedBy);

    private static readonly FrozenSet<string> _orderAttributes = Set(
        FetchXmlNames.Column, FetchXmlNames.Alias, FetchXmlNames.Descending, FetchXmlNames.EntityName);

    private static readonly FrozenSet<string> _filterAttributes = Set(
        FetchXmlNames.Type, FetchXmlNames.Hint, FetchXmlNames.IsQuickFindFields,
        FetchXmlNames.OverrideQuickFindRecordLimitEnabled, FetchXmlNames.OverrideQuickFindRecordLimitDisabled);

    private static readonly FrozenSet<string> _conditionAttributes = Set(
        FetchXmlNames.Column, FetchXmlNames.Operator, FetchXmlNames.Value, FetchXmlNames.EntityName, FetchXmlNames.ValueOf,
        FetchXmlNames.UiName, FetchXmlNames.UiType, FetchXmlNames.UiHidden);

    private static readonly FrozenSet<string> _valueAttributes = Set(FetchXmlNames.UiName, FetchXmlNames.UiType);

    private static readonly FrozenSet<string> _noAttributes = Set();

    // Dataverse's link types beyond inner and outer (link-entity reference): valid, not run by LocalOrg.
    private static readonly FrozenSet<string> _unsupportedLinkTypes = Set(
        "natural", "any", "not-any", "all", "not-all", "exists", "in", "matchfirstrowusingcrossapply");

    private static readonly FrozenDictionary<string, FetchAggregateFunction> _aggregateFunctions =
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

    private readonly IFetchMetadata _metadata;
    private readonly Dictionary<XElement, FetchLinkAlias> _links = new();
    private readonly List<FetchAggregateColumn> _aggregateColumns = new();
    private readonly List<FetchAggregateOrder> _aggregateOrders = new();
    private string _mainTable = string.Empty;
    private bool _aggregate;

    public FetchXmlTranslation(IFetchMetadata metadata)
    {
        _metadata = metadata;
    }

    public FetchXmlQuery Translate(XElement fetch)
    {
        if (fetch.Name.LocalName != FetchXmlNames.FetchElement)
        {
            throw Fault(
                FetchErrorCodes.QueryBuilderDeserializeInvalidNode,
                "Invalid Element Name: {0}. Expecting: {1}. A FetchXML query starts with a <fetch> element.",
                fetch.Name.LocalName,
                FetchXmlNames.FetchElement);
        }

        CheckAttributes(fetch, _fetchAttributes);
        CheckMapping(fetch);
        if (fetch.Attribute(FetchXmlNames.DataSource) is not null)
        {
            throw Fault(FetchErrorCodes.NotSupported, "LocalOrg does not support the fetch attribute 'datasource': it keeps no long-term retained rows. Remove the attribute.");
        }

        _aggregate = ReadBoolean(fetch, FetchXmlNames.Aggregate, FetchErrorCodes.QueryBuilderDeserializeInvalidAggregate) ?? false;
        var distinct = ReadBoolean(fetch, FetchXmlNames.Distinct, FetchErrorCodes.QueryBuilderDeserializeInvalidDistinct) ?? false;
        var noLock = ReadBoolean(fetch, FetchXmlNames.NoLock, FetchErrorCodes.QueryBuilderDeserializeLinkAttributes) ?? false;
        var returnTotalRecordCount = ReadBoolean(fetch, FetchXmlNames.ReturnTotalRecordCount, FetchErrorCodes.InvalidArgument) ?? false;
        var top = ReadTop(fetch);
        var paging = ReadPaging(fetch);
        CheckTopWithoutPaging(fetch, top, returnTotalRecordCount);
        var recordLimit = ReadAggregateLimit(fetch);

        var entity = SingleEntity(fetch);
        _mainTable = RequiredAttribute(entity, FetchXmlNames.Name);
        CheckAttributes(entity, _entityAttributes);
        RequireTable(_mainTable);
        var linkCount = 0;
        AssignLinkAliases(entity, new Dictionary<string, int>(StringComparer.Ordinal), ref linkCount);

        var query = new QueryExpression(_mainTable)
        {
            Distinct = !_aggregate && distinct,
            NoLock = noLock,
            TopCount = _aggregate ? null : top,
        };
        if (!_aggregate)
        {
            query.PageInfo = new PagingInfo
            {
                PageNumber = paging?.PageNumber ?? 0,
                Count = paging?.Count ?? 0,
                PagingCookie = paging?.PagingCookie,
                ReturnTotalRecordCount = returnTotalRecordCount,
            };
        }

        var scope = new FetchScope(_mainTable, null, query.ColumnSet, new List<FilterExpression>(), query.Orders, query.LinkEntities);
        var selectsColumns = ReadChildren(entity, scope);
        if (!_aggregate && !selectsColumns)
        {
            // Dataverse returns every column when the entity names none.
            query.ColumnSet.AllColumns = true;
        }

        query.Criteria = CombineFilters(scope.Filters);

        FetchAggregation? aggregation = null;
        if (_aggregate)
        {
            CheckAggregateOrders();
            aggregation = new FetchAggregation(_mainTable, _aggregateColumns.ToArray(), _aggregateOrders.ToArray(), recordLimit, top, paging);
        }

        return new FetchXmlQuery(query, aggregation, top, paging, distinct, returnTotalRecordCount);
    }

    private void CheckMapping(XElement fetch)
    {
        var mapping = fetch.Attribute(FetchXmlNames.Mapping)?.Value;
        if (mapping is not null && mapping != FetchXmlNames.MappingLogical && mapping != FetchXmlNames.MappingInternal)
        {
            throw Fault(
                FetchErrorCodes.QueryBuilderDeserializeInvalidMapping,
                "The only valid values for mapping are 'logical' and 'internal'. mapping = {0}",
                mapping);
        }
    }

    private static int? ReadTop(XElement fetch)
    {
        var text = fetch.Attribute(FetchXmlNames.Top)?.Value;
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var top))
        {
            throw Fault(FetchErrorCodes.InvalidArgument, "The fetch attribute top must be a whole number from 1 to {0}; it is '{1}'.", MaximumTopText, text);
        }

        if (top <= 0)
        {
            throw Fault(FetchErrorCodes.QueryBuilderTopCountGreaterThanZero, "The fetch attribute top must be greater than zero; it is {0}.", top);
        }

        if (top > FetchXmlTranslator.MaximumTop)
        {
            throw Fault(FetchErrorCodes.InvalidArgument, "The fetch attribute top can't exceed {0}; it is {1}. Use count and page to read more rows.", MaximumTopText, top);
        }

        return top;
    }

    private static string MaximumTopText => FetchXmlTranslator.MaximumTop.ToString("N0", CultureInfo.InvariantCulture);

    private static FetchPaging? ReadPaging(XElement fetch)
    {
        var page = ReadPositive(fetch, FetchXmlNames.Page);
        var count = ReadPositive(fetch, FetchXmlNames.Count);
        var cookie = fetch.Attribute(FetchXmlNames.PagingCookie)?.Value;
        if (page is null && count is null && cookie is null)
        {
            return null;
        }

        // The XML parser has already unescaped the attribute: the cookie is the text Dataverse returned.
        return new FetchPaging(page ?? 1, count ?? 0, string.IsNullOrEmpty(cookie) ? null : cookie);
    }

    private static int? ReadPositive(XElement element, string attribute)
    {
        var text = element.Attribute(attribute)?.Value;
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            throw Fault(FetchErrorCodes.InvalidArgument, "The fetch attribute {0} must be a whole number greater than zero; it is '{1}'.", attribute, text);
        }

        return value;
    }

    private static void CheckTopWithoutPaging(XElement fetch, int? top, bool returnTotalRecordCount)
    {
        if (top is null)
        {
            return;
        }

        var pagingAttribute =
            fetch.Attribute(FetchXmlNames.Page) is not null ? FetchXmlNames.Page
            : fetch.Attribute(FetchXmlNames.Count) is not null ? FetchXmlNames.Count
            : returnTotalRecordCount ? FetchXmlNames.ReturnTotalRecordCount
            : null;
        if (pagingAttribute is not null)
        {
            throw Fault(
                FetchErrorCodes.InvalidArgument,
                "The top attribute can't be specified with paging attribute {0}. Use top alone, or count and page.",
                pagingAttribute);
        }
    }

    private int ReadAggregateLimit(XElement fetch)
    {
        var text = fetch.Attribute(FetchXmlNames.AggregateLimit)?.Value;
        if (text is null)
        {
            return FetchAggregation.DefaultRecordLimit;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit)
            || limit <= 0
            || limit > FetchAggregation.DefaultRecordLimit)
        {
            throw Fault(
                FetchErrorCodes.InvalidArgument,
                "The fetch attribute aggregatelimit must be a whole number from 1 to 50,000 (the standard aggregate limit); it is '{0}'.",
                text);
        }

        if (!_aggregate)
        {
            throw Fault(FetchErrorCodes.InvalidArgument, "The fetch attribute aggregatelimit applies to aggregate queries only; add aggregate='true' or remove it.");
        }

        return limit;
    }

    private static XElement SingleEntity(XElement fetch)
    {
        XElement? entity = null;
        foreach (var child in fetch.Elements())
        {
            if (child.Name.LocalName != FetchXmlNames.EntityElement || entity is not null)
            {
                throw InvalidChild(child, "Invalid Child Node, valid nodes are: a single entity. NodeName = {0} NodeXml = {1}");
            }

            entity = child;
        }

        return entity ?? throw Fault(
            FetchErrorCodes.QueryBuilderElementNotFound,
            "The fetch element has no entity element. Name the table to query with <entity name='...'>.");
    }

    private void RequireTable(string table)
    {
        if (_metadata.GetPrimaryIdColumn(table) is null)
        {
            throw Fault(
                FetchErrorCodes.QueryBuilderNoEntity,
                "The entity with a name = '{0}' with namemapping = 'Logical' was not found in the MetadataCache. Check the table's logical name.",
                table);
        }
    }

    private string PrimaryIdColumn(string table) => _metadata.GetPrimaryIdColumn(table)!;

    private FetchValueKind ColumnKind(string table, string column) =>
        _metadata.GetValueKind(table, column) ?? throw Fault(
            FetchErrorCodes.QueryBuilderNoAttribute,
            "'{0}' entity doesn't contain attribute with Name = '{1}' and NameMapping = 'Logical'.",
            table,
            column);

    // Aliases are settled before the walk because a condition of the main filter may name a
    // link-entity that the document declares after it. Dataverse names an unaliased link-entity
    // after its table and the count of link-entities of that table so far: contact1, contact2…
    private void AssignLinkAliases(XElement parent, Dictionary<string, int> perTable, ref int linkCount)
    {
        foreach (var link in parent.Elements().Where(e => e.Name.LocalName == FetchXmlNames.LinkEntityElement))
        {
            linkCount++;
            if (linkCount > FetchXmlTranslator.MaximumLinkEntities)
            {
                throw Fault(
                    FetchErrorCodes.TooManyLinkEntities,
                    "Number of link entities in query exceeded maximum limit. A query may join at most {0} link-entity elements.",
                    FetchXmlTranslator.MaximumLinkEntities);
            }

            var table = RequiredAttribute(link, FetchXmlNames.Name);
            RequireTable(table);
            var number = perTable.TryGetValue(table, out var seen) ? seen + 1 : 1;
            perTable[table] = number;
            var given = link.Attribute(FetchXmlNames.Alias)?.Value;
            var alias = string.IsNullOrEmpty(given) ? table + number.ToString(CultureInfo.InvariantCulture) : given;
            if (_links.Values.Any(l => l.Alias == alias))
            {
                throw Fault(
                    FetchErrorCodes.QueryBuilderInvalidAlias,
                    "The alias '{0}' is used by more than one link-entity. Give each link-entity its own alias.",
                    alias);
            }

            _links[link] = new FetchLinkAlias(alias, table, !string.IsNullOrEmpty(given));
            AssignLinkAliases(link, perTable, ref linkCount);
        }
    }

    // Returns whether the element named its columns (attribute, all-attributes or no-attrs).
    private bool ReadChildren(XElement element, FetchScope scope)
    {
        var selectsColumns = false;
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case FetchXmlNames.AttributeElement:
                    ReadAttribute(child, scope);
                    selectsColumns = true;
                    break;
                case FetchXmlNames.AllAttributesElement:
                    CheckAttributes(child, _noAttributes);
                    ReadAllAttributes(child, scope);
                    selectsColumns = true;
                    break;
                case FetchXmlNames.NoAttributesElement:
                    CheckAttributes(child, _noAttributes);
                    selectsColumns = true;
                    break;
                case FetchXmlNames.OrderElement:
                    ReadOrder(child, scope);
                    break;
                case FetchXmlNames.FilterElement:
                    scope.Filters.Add(ReadFilter(child, scope));
                    break;
                case FetchXmlNames.LinkEntityElement:
                    scope.Links.Add(ReadLinkEntity(child, scope));
                    break;
                default:
                    throw InvalidChild(
                        child,
                        "Invalid Child Node, valid nodes are filter, order, link-entity, attribute, all-attributes, no-attrs. NodeName = {0} NodeXml = {1}");
            }
        }

        return selectsColumns;
    }

    private void ReadAllAttributes(XElement element, FetchScope scope)
    {
        if (_aggregate)
        {
            throw Fault(
                FetchErrorCodes.QueryBuilderAttributeNotFound,
                "An attribute can not be requested when an aggregate operation has been specified and its neither groupby nor aggregate. all-attributes is not allowed in an aggregate query.  NodeXml : {0}",
                NodeXml(element));
        }

        scope.Columns.AllColumns = true;
    }

    private void ReadAttribute(XElement element, FetchScope scope)
    {
        CheckAttributes(element, _attributeAttributes);
        var name = RequiredAttribute(element, FetchXmlNames.Name);
        var kind = ColumnKind(scope.Table, name);
        if (element.Attribute(FetchXmlNames.RowAggregate) is not null)
        {
            throw Fault(FetchErrorCodes.NotSupported, "LocalOrg does not support rowaggregate (hierarchy child counts) on attribute '{0}'. Remove the rowaggregate attribute.", name);
        }

        if (_aggregate)
        {
            ReadAggregateAttribute(element, scope, name, kind);
            return;
        }

        if (element.Attribute(FetchXmlNames.Aggregate) is not null)
        {
            throw Fault(
                FetchErrorCodes.QueryBuilderDeserializeInvalidAggregate,
                "An aggregate operation was not initially specified: set aggregate='true' on the fetch element to use aggregate on attribute '{0}'. NodeXml: {1}",
                name,
                NodeXml(element));
        }

        if (element.Attribute(FetchXmlNames.GroupBy) is not null)
        {
            throw Fault(FetchErrorCodes.GroupByWithoutAggregate, "groupby cannot be specified if aggreate is not true. NodeXml: {0}", NodeXml(element));
        }

        foreach (var aggregateOnly in new[] { FetchXmlNames.DateGrouping, FetchXmlNames.Distinct })
        {
            if (element.Attribute(aggregateOnly) is not null)
            {
                throw Fault(
                    FetchErrorCodes.InvalidArgument,
                    "The attribute element's {0} applies to aggregate queries only (fetch aggregate='true'). NodeXml: {1}",
                    aggregateOnly,
                    NodeXml(element));
            }
        }

        if (element.Attribute(FetchXmlNames.Alias) is not null)
        {
            throw Fault(
                FetchErrorCodes.NotSupported,
                "LocalOrg does not support column aliases outside aggregate queries (attribute '{0}'). Remove the alias and read the column by its logical name.",
                name);
        }

        AddColumn(scope.Columns, name);
    }

    private void ReadAggregateAttribute(XElement element, FetchScope scope, string name, FetchValueKind kind)
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

        if (_aggregateColumns.Any(c => c.Alias == alias))
        {
            throw Fault(
                FetchErrorCodes.QueryBuilderInvalidAlias,
                "The alias '{0}' is used by more than one attribute. Each column of an aggregate query needs its own alias.",
                alias);
        }

        FetchAggregateFunction? function = functionText is null ? null : AggregateFunction(functionText, element);
        if (function is { } f)
        {
            CheckAggregateKind(f, kind, scope.Table, name);
        }

        var distinct = ReadBoolean(element, FetchXmlNames.Distinct, FetchErrorCodes.QueryBuilderDeserializeInvalidAggregate) ?? false;
        FetchDateGrouping? dateGrouping = null;
        if (groupBy)
        {
            if (kind == FetchValueKind.MultiChoice)
            {
                throw Fault(FetchErrorCodes.GroupByMultiSelectPicklist, "groupby cannot be specified for attribute type MultiSelectPickList. NodeXml: {0}", NodeXml(element));
            }

            // As in Dataverse, dategrouping is read only for date and time columns.
            dateGrouping = kind == FetchValueKind.DateTime ? ReadDateGrouping(element) : null;
        }

        _aggregateColumns.Add(new FetchAggregateColumn(
            alias,
            scope.Link?.Alias,
            scope.Table,
            name,
            kind,
            function,
            distinct && function is not FetchAggregateFunction.Count,
            dateGrouping));

        // count counts rows: it needs no column from the engine.
        if (function is not FetchAggregateFunction.Count)
        {
            AddColumn(scope.Columns, name);
        }
    }

    private static FetchAggregateFunction AggregateFunction(string text, XElement element)
    {
        if (_aggregateFunctions.TryGetValue(text, out var function))
        {
            return function;
        }

        throw Fault(
            FetchErrorCodes.QueryBuilderDeserializeInvalidAggregate,
            "'{0}' is not an aggregate function. Use count, countcolumn, sum, avg, min or max. NodeXml: {1}",
            text,
            NodeXml(element));
    }

    private static void CheckAggregateKind(FetchAggregateFunction function, FetchValueKind kind, string table, string column)
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

    private static FetchDateGrouping? ReadDateGrouping(XElement element)
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

        if (text is "fiscal-period" or "fiscal-year")
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

    private void ReadOrder(XElement element, FetchScope scope)
    {
        CheckAttributes(element, _orderAttributes);
        var descending = ReadBoolean(element, FetchXmlNames.Descending, FetchErrorCodes.QueryBuilderDeserializeInvalidDescending) ?? false;
        var alias = element.Attribute(FetchXmlNames.Alias)?.Value;
        var attribute = element.Attribute(FetchXmlNames.Column)?.Value;
        if (_aggregate)
        {
            if (string.IsNullOrEmpty(alias))
            {
                throw Fault(
                    FetchErrorCodes.InvalidArgument,
                    "An aggregate query sorts by the alias of one of its attributes: use <order alias='...'>, not <order attribute='...'>. NodeXml: {0}",
                    NodeXml(element));
            }

            _aggregateOrders.Add(new FetchAggregateOrder(alias, descending));
            return;
        }

        if (alias is not null)
        {
            throw Fault(
                FetchErrorCodes.InvalidArgument,
                "order alias applies to aggregate queries only; sort a plain query with <order attribute='...'>. NodeXml: {0}",
                NodeXml(element));
        }

        if (string.IsNullOrEmpty(attribute))
        {
            throw Fault(FetchErrorCodes.InvalidArgument, "The order element needs an attribute: the column to sort by. NodeXml: {0}", NodeXml(element));
        }

        var (entityAlias, table) = ReadEntityName(element, scope);
        ColumnKind(table, attribute);
        scope.Orders.Add(new OrderExpression(attribute, descending ? OrderType.Descending : OrderType.Ascending)
        {
            EntityName = entityAlias,
        });
    }

    private FilterExpression ReadFilter(XElement element, FetchScope scope)
    {
        CheckAttributes(element, _filterAttributes);
        var type = element.Attribute(FetchXmlNames.Type)?.Value ?? FetchXmlNames.FilterAnd;
        if (type != FetchXmlNames.FilterAnd && type != FetchXmlNames.FilterOr)
        {
            throw Fault(
                FetchErrorCodes.QueryBuilderInvalidFilterType,
                "Invalid filter type specified. Valid values are 'and', or 'or'. Filter Type Value = {0} NodeXml = {1}",
                type,
                NodeXml(element));
        }

        var filter = new FilterExpression(type == FetchXmlNames.FilterOr ? LogicalOperator.Or : LogicalOperator.And)
        {
            FilterHint = element.Attribute(FetchXmlNames.Hint)?.Value,
            IsQuickFindFilter = ReadBoolean(element, FetchXmlNames.IsQuickFindFields, FetchErrorCodes.InvalidArgument) ?? false,
        };
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case FetchXmlNames.ConditionElement:
                    filter.AddCondition(ReadCondition(child, scope));
                    break;
                case FetchXmlNames.FilterElement:
                    filter.AddFilter(ReadFilter(child, scope));
                    break;
                case FetchXmlNames.LinkEntityElement:
                    throw Fault(
                        FetchErrorCodes.NotSupported,
                        "LocalOrg does not support link-entity inside a filter (any, not-any, all and not-all joins). Join with a link-entity of the entity instead.");
                default:
                    throw InvalidChild(child, "Invalid Child Node. There can only be condition and filter nodes. NodeName = {0} NodeXml = {1}");
            }
        }

        return filter;
    }

    private ConditionExpression ReadCondition(XElement element, FetchScope scope)
    {
        CheckAttributes(element, _conditionAttributes);
        foreach (var child in element.Elements())
        {
            if (child.Name.LocalName != FetchXmlNames.ValueElement)
            {
                throw InvalidChild(child, "Invalid Child Node. A condition can only hold value nodes. NodeName = {0} NodeXml = {1}");
            }

            CheckAttributes(child, _valueAttributes);
        }

        var attribute = RequiredAttribute(element, FetchXmlNames.Column);
        var operatorName = RequiredAttribute(element, FetchXmlNames.Operator);
        if (element.Attribute(FetchXmlNames.ValueOf) is not null)
        {
            throw Fault(
                FetchErrorCodes.NotSupported,
                "LocalOrg does not support column comparison (valueof) in the condition on '{0}'. Compare with a value instead.",
                attribute);
        }

        var (entityAlias, table) = ReadEntityName(element, scope);
        var kind = ColumnKind(table, attribute);
        var fetchOperator = Operator(operatorName);
        CheckOperatorColumn(fetchOperator, kind, table, attribute);
        var condition = new ConditionExpression
        {
            AttributeName = attribute,
            Operator = fetchOperator.Operator,
            EntityName = entityAlias,
        };
        condition.Values.AddRange(ConditionValues(element, fetchOperator, kind, table, attribute));
        return condition;
    }

    private static FetchOperator Operator(string name)
    {
        if (FetchConditionOperators.TryGet(name, out var fetchOperator))
        {
            return fetchOperator;
        }

        if (FetchConditionOperators.IsKnownButUnsupported(name))
        {
            throw Fault(
                FetchErrorCodes.NotSupported,
                "LocalOrg does not support the FetchXML operator '{0}'. Supported operators: {1}.",
                name,
                string.Join(", ", FetchConditionOperators.SupportedNames));
        }

        throw Fault(
            FetchErrorCodes.QueryBuilderInvalidConditionOperator,
            "'{0}' is not a FetchXML condition operator. Supported operators: {1}.",
            name,
            string.Join(", ", FetchConditionOperators.SupportedNames));
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

    private static object[] ConditionValues(XElement element, FetchOperator fetchOperator, FetchValueKind kind, string table, string column)
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

    // The entityname attribute of a condition or order of the main entity points at a link-entity
    // by alias (or by table name when unaliased); link-entities may not use it, as in Dataverse.
    private (string? Alias, string Table) ReadEntityName(XElement element, FetchScope scope)
    {
        var entityName = element.Attribute(FetchXmlNames.EntityName)?.Value;
        if (string.IsNullOrEmpty(entityName))
        {
            return (null, scope.Table);
        }

        if (scope.IsLink)
        {
            throw Fault(
                FetchErrorCodes.QueryBuilderInvalidValue,
                "The {0} attribute is not a valid attribute on {1}. Move the {2} to the main entity's filter or order. NodeXml: {3}",
                FetchXmlNames.EntityName,
                FetchXmlNames.LinkEntityElement,
                element.Name.LocalName,
                NodeXml(element));
        }

        var byAlias = _links.Values.FirstOrDefault(l => l.Alias == entityName);
        if (byAlias is not null)
        {
            return (byAlias.Alias, byAlias.Table);
        }

        var byTable = _links.Values.Where(l => l.Table == entityName).ToArray();
        if (entityName == _mainTable || byTable.Length > 1)
        {
            if (byTable.Length > 0)
            {
                throw Fault(
                    FetchErrorCodes.QueryBuilderInvalidValue,
                    "Ambiguous reference (entityname={0}). At least one of link-entity nodes has the same entity name as the main entity or as another link-entity; give the link-entity an alias and use it.",
                    entityName);
            }

            return (null, _mainTable);
        }

        if (byTable.Length == 1)
        {
            return (byTable[0].Alias, byTable[0].Table);
        }

        throw Fault(
            FetchErrorCodes.QueryBuilderAliasDoesNotExist,
            "No link-entity has the alias or name '{0}' named by entityname. Use the alias of a link-entity of this query. NodeXml: {1}",
            entityName,
            NodeXml(element));
    }

    private LinkEntity ReadLinkEntity(XElement element, FetchScope parent)
    {
        CheckAttributes(element, _linkEntityAttributes);
        var link = _links[element];
        var joinOperator = ReadLinkType(element);
        var from = element.Attribute(FetchXmlNames.From)?.Value;
        var to = element.Attribute(FetchXmlNames.To)?.Value;
        if (string.IsNullOrEmpty(from) && string.IsNullOrEmpty(to))
        {
            throw Fault(
                FetchErrorCodes.NotSupported,
                "LocalOrg needs from and to on link-entity '{0}': it does not infer the relationship. NodeXml: {1}",
                link.Table,
                NodeXml(element));
        }

        // With one side given, the other is that table's primary key.
        from = string.IsNullOrEmpty(from) ? PrimaryIdColumn(link.Table) : from;
        to = string.IsNullOrEmpty(to) ? PrimaryIdColumn(parent.Table) : to;
        ColumnKind(link.Table, from);
        ColumnKind(parent.Table, to);

        // FetchXML's from is the linked table's column and to the parent's; QueryExpression names them the other way round.
        var linkEntity = new LinkEntity(parent.Table, link.Table, to, from, joinOperator) { EntityAlias = link.Alias };
        var scope = new FetchScope(link.Table, link, linkEntity.Columns, new List<FilterExpression>(), linkEntity.Orders, linkEntity.LinkEntities);
        ReadChildren(element, scope);
        linkEntity.LinkCriteria = CombineFilters(scope.Filters);
        return linkEntity;
    }

    private static JoinOperator ReadLinkType(XElement element)
    {
        var linkType = element.Attribute(FetchXmlNames.LinkType)?.Value ?? FetchXmlNames.LinkTypeInner;
        if (linkType == FetchXmlNames.LinkTypeInner)
        {
            return JoinOperator.Inner;
        }

        if (linkType == FetchXmlNames.LinkTypeOuter)
        {
            return JoinOperator.LeftOuter;
        }

        if (_unsupportedLinkTypes.Contains(linkType))
        {
            throw Fault(FetchErrorCodes.NotSupported, "LocalOrg does not support link-type '{0}'. Use inner or outer. NodeXml: {1}", linkType, NodeXml(element));
        }

        throw Fault(
            FetchErrorCodes.QueryBuilderDeserializeInvalidLinkType,
            "Invalid link-type specified, valid values are: 'inner' and 'outer' (Dataverse also has natural, any, not-any, all, not-all, exists, in and matchfirstrowusingcrossapply). link-type = {0} NodeXml = {1}",
            linkType,
            NodeXml(element));
    }

    private void CheckAggregateOrders()
    {
        foreach (var order in _aggregateOrders)
        {
            if (!_aggregateColumns.Any(c => c.Alias == order.Alias))
            {
                throw Fault(
                    FetchErrorCodes.QueryBuilderAliasDoesNotExist,
                    "The order alias '{0}' is not the alias of any attribute of this aggregate query. Sort by the alias of a groupby or aggregate attribute.",
                    order.Alias);
            }
        }
    }

    // One filter element becomes the criteria itself; several are and-ed, as Dataverse does.
    private static FilterExpression CombineFilters(List<FilterExpression> filters)
    {
        if (filters.Count == 1)
        {
            return filters[0];
        }

        var combined = new FilterExpression(LogicalOperator.And);
        foreach (var filter in filters)
        {
            combined.AddFilter(filter);
        }

        return combined;
    }

    private static void AddColumn(ColumnSet columns, string name)
    {
        if (!columns.Columns.Contains(name))
        {
            columns.AddColumn(name);
        }
    }

    private static void CheckAttributes(XElement element, FrozenSet<string> allowed)
    {
        foreach (var attribute in element.Attributes())
        {
            // Namespace declarations (xmlns:generator from query tools) and namespaced extras are not FetchXML.
            if (attribute.IsNamespaceDeclaration || attribute.Name.Namespace != XNamespace.None)
            {
                continue;
            }

            if (!allowed.Contains(attribute.Name.LocalName))
            {
                throw Fault(
                    FetchErrorCodes.InvalidArgument,
                    "The '{0}' attribute is not declared on the {1} element.{2} NodeXml: {3}",
                    attribute.Name.LocalName,
                    element.Name.LocalName,
                    allowed.Count == 0 ? " It takes no attributes." : " Allowed: " + string.Join(", ", allowed.Order(StringComparer.Ordinal)) + ".",
                    NodeXml(element));
            }
        }
    }

    private static string RequiredAttribute(XElement element, string attribute)
    {
        var value = element.Attribute(attribute)?.Value;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Fault(
                FetchErrorCodes.InvalidArgument,
                "The {0} element needs the {1} attribute. NodeXml: {2}",
                element.Name.LocalName,
                attribute,
                NodeXml(element));
        }

        return value;
    }

    private static bool? ReadBoolean(XElement element, string attribute, int errorCode)
    {
        var text = element.Attribute(attribute)?.Value;
        if (text is null)
        {
            return null;
        }

        if (FetchXmlValueParser.TryParseBoolean(text, out var value))
        {
            return value;
        }

        throw Fault(
            errorCode,
            "The {0} attribute of the {1} element must be true or false (or 1 or 0); it is '{2}'.",
            attribute,
            element.Name.LocalName,
            text);
    }

    private static FaultException<OrganizationServiceFault> InvalidChild(XElement child, string format) =>
        Fault(FetchErrorCodes.QueryBuilderDeserializeInvalidNode, format, child.Name.LocalName, NodeXml(child));

    private static string NodeXml(XElement element) => element.ToString(SaveOptions.DisableFormatting);

    private static FaultException<OrganizationServiceFault> Fault(int errorCode, string format, params object[] arguments) =>
        FetchFaults.Create(errorCode, string.Format(CultureInfo.InvariantCulture, format, arguments));

    private static FrozenSet<string> Set(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);
}
