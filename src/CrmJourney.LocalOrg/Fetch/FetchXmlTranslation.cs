using System.Collections.Frozen;
using System.Collections.Generic;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk.Query;
using static CrmJourney.LocalOrg.Fetch.FetchXmlElements;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// One FetchXML translation: walks the entity element once, building the QueryExpression and, for
/// an aggregate query, the aggregation's columns and orders. Used once and dropped, so translations
/// never share state.
/// </summary>
internal sealed class FetchXmlTranslation
{
    private static readonly FrozenSet<string> _entityAttributes = Set(
        FetchXmlNames.Name, FetchXmlNames.EnablePrefiltering, FetchXmlNames.PrefilterParameterName);

    private static readonly FrozenSet<string> _linkEntityAttributes = Set(
        FetchXmlNames.Name, FetchXmlNames.From, FetchXmlNames.To, FetchXmlNames.Alias, FetchXmlNames.LinkType,
        FetchXmlNames.Visible, FetchXmlNames.Intersect, FetchXmlNames.ForceSeek, FetchXmlNames.EnablePrefiltering, FetchXmlNames.PrefilterParameterName);

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

    private readonly IFetchMetadata _metadata;
    private readonly List<FetchAggregateColumn> _aggregateColumns = new();
    private readonly List<FetchAggregateOrder> _aggregateOrders = new();
    private FetchLinkAliases _links = null!;
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

        var options = FetchOptions.Read(fetch);
        _aggregate = options.Aggregate;
        var entity = SingleEntity(fetch);
        var table = RequiredAttribute(entity, FetchXmlNames.Name);
        CheckAttributes(entity, _entityAttributes);
        RequireTable(table);
        _links = FetchLinkAliases.Assign(entity, table, _metadata, RequireTable);

        var query = new QueryExpression(table)
        {
            // The rows an aggregation reads are every matching row: distinct, top and paging apply to its result.
            Distinct = !_aggregate && options.Distinct,
            NoLock = options.NoLock,
            TopCount = _aggregate ? null : options.Top,
        };
        if (!_aggregate)
        {
            query.PageInfo = new PagingInfo
            {
                PageNumber = options.Paging?.PageNumber ?? 0,
                Count = options.Paging?.Count ?? 0,
                PagingCookie = options.Paging?.PagingCookie,
                ReturnTotalRecordCount = options.ReturnTotalRecordCount,
            };
        }

        var scope = new FetchScope(table, null, query.ColumnSet, new List<FilterExpression>(), query.Orders, query.LinkEntities);
        var selectsColumns = ReadChildren(entity, scope);
        if (!_aggregate && !selectsColumns)
        {
            // Dataverse returns every column when the entity names none.
            query.ColumnSet.AllColumns = true;
        }

        query.Criteria = CombineFilters(scope.Filters);
        var aggregation = _aggregate
            ? new FetchAggregation(table, _aggregateColumns.ToArray(), CheckedAggregateOrders(), options.RecordLimit, options.Top, options.Paging)
            : null;
        return new FetchXmlQuery(query, aggregation, options.Top, options.Paging, options.Distinct, options.ReturnTotalRecordCount);
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

    private FetchValueKind ColumnKind(string table, string column) =>
        _metadata.GetValueKind(table, column) ?? throw Fault(
            FetchErrorCodes.QueryBuilderNoAttribute,
            "'{0}' entity doesn't contain attribute with Name = '{1}' and NameMapping = 'Logical'.",
            table,
            column);

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
            var column = FetchAggregateColumnReader.Read(element, scope, name, kind, _aggregateColumns);
            _aggregateColumns.Add(column);

            // count counts rows: it needs no column from the engine.
            if (column.Function is not FetchAggregateFunction.Count)
            {
                AddColumn(scope.Columns, name);
            }

            return;
        }

        CheckPlainAttribute(element, name);
        AddColumn(scope.Columns, name);
    }

    private static void CheckPlainAttribute(XElement element, string name)
    {
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
        return FetchConditionBuilder.Build(element, operatorName, attribute, entityAlias, table, kind);
    }

    // The entityname attribute lets a condition or order of the main entity name a link-entity's
    // column; link-entities may not use it, as in Dataverse.
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

        return _links.Resolve(entityName, element);
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
        from = string.IsNullOrEmpty(from) ? _metadata.GetPrimaryIdColumn(link.Table)! : from;
        to = string.IsNullOrEmpty(to) ? _metadata.GetPrimaryIdColumn(parent.Table)! : to;
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

    // Checked once the whole query is read: an order may come before the attribute whose alias it names.
    private FetchAggregateOrder[] CheckedAggregateOrders()
    {
        foreach (var order in _aggregateOrders)
        {
            if (!_aggregateColumns.Exists(c => c.Alias == order.Alias))
            {
                throw Fault(
                    FetchErrorCodes.QueryBuilderAliasDoesNotExist,
                    "The order alias '{0}' is not the alias of any attribute of this aggregate query. Sort by the alias of a groupby or aggregate attribute.",
                    order.Alias);
            }
        }

        return _aggregateOrders.ToArray();
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
}
