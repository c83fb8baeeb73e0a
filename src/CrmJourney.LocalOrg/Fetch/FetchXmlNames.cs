namespace CrmJourney.LocalOrg.Fetch;

/// <summary>The element and attribute names of FetchXML (all lower case, as Dataverse requires).</summary>
internal static class FetchXmlNames
{
    public const string FetchElement = "fetch";
    public const string EntityElement = "entity";
    public const string AttributeElement = "attribute";
    public const string AllAttributesElement = "all-attributes";
    public const string NoAttributesElement = "no-attrs";
    public const string OrderElement = "order";
    public const string FilterElement = "filter";
    public const string ConditionElement = "condition";
    public const string ValueElement = "value";
    public const string LinkEntityElement = "link-entity";

    public const string Version = "version";
    public const string OutputFormat = "output-format";
    public const string Mapping = "mapping";
    public const string Distinct = "distinct";
    public const string Aggregate = "aggregate";
    public const string AggregateLimit = "aggregatelimit";
    public const string Top = "top";
    public const string Count = "count";
    public const string Page = "page";
    public const string PagingCookie = "paging-cookie";
    public const string ReturnTotalRecordCount = "returntotalrecordcount";
    public const string NoLock = "no-lock";
    public const string LateMaterialize = "latematerialize";
    public const string Options = "options";
    public const string UseRawOrderBy = "useraworderby";
    public const string DataSource = "datasource";

    public const string Name = "name";
    public const string EnablePrefiltering = "enableprefiltering";
    public const string PrefilterParameterName = "prefilterparametername";

    public const string Alias = "alias";
    public const string GroupBy = "groupby";
    public const string DateGrouping = "dategrouping";
    public const string UserTimeZone = "usertimezone";
    public const string RowAggregate = "rowaggregate";
    public const string Build = "build";
    public const string AddedBy = "addedby";

    public const string Descending = "descending";
    public const string EntityName = "entityname";

    public const string Type = "type";
    public const string Hint = "hint";
    public const string IsQuickFindFields = "isquickfindfields";
    public const string OverrideQuickFindRecordLimitEnabled = "overridequickfindrecordlimitenabled";
    public const string OverrideQuickFindRecordLimitDisabled = "overridequickfindrecordlimitdisabled";

    public const string Column = "attribute";
    public const string Operator = "operator";
    public const string Value = "value";
    public const string ValueOf = "valueof";
    public const string UiName = "uiname";
    public const string UiType = "uitype";
    public const string UiHidden = "uihidden";

    public const string From = "from";
    public const string To = "to";
    public const string LinkType = "link-type";
    public const string Visible = "visible";
    public const string Intersect = "intersect";
    public const string ForceSeek = "forceseek";

    public const string MappingLogical = "logical";
    public const string MappingInternal = "internal";
    public const string FilterAnd = "and";
    public const string FilterOr = "or";
    public const string LinkTypeInner = "inner";
    public const string LinkTypeOuter = "outer";
}
