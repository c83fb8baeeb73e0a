namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// The Dataverse error codes (OrganizationServiceFault.ErrorCode) the FetchXML translation and
/// aggregation report, so a caller can tell the faults apart exactly as against Dataverse. The
/// names are the platform's own (Microsoft.Crm ErrorCodes); where Dataverse's query parser uses the
/// code for the same mistake, LocalOrg uses it too.
/// </summary>
public static class FetchErrorCodes
{
    /// <summary>0x80040201 InvalidXml: the FetchXML is not well-formed XML.</summary>
    public const int InvalidXml = unchecked((int)0x80040201);

    /// <summary>0x80040203 InvalidArgument: a missing or malformed attribute value (e.g. top with paging).</summary>
    public const int InvalidArgument = unchecked((int)0x80040203);

    /// <summary>0x80040315 NotSupported: valid FetchXML that LocalOrg does not implement (an operator, a link type…).</summary>
    public const int NotSupported = unchecked((int)0x80040315);

    /// <summary>0x80041102 QueryBuilderNoEntity: the table does not exist.</summary>
    public const int QueryBuilderNoEntity = unchecked((int)0x80041102);

    /// <summary>0x80041103 QueryBuilderNoAttribute: the column does not exist on the table.</summary>
    public const int QueryBuilderNoAttribute = unchecked((int)0x80041103);

    /// <summary>0x80041108 QueryBuilderInvalid_Value: a condition's value cannot be converted to the column's type, or a misplaced entityname.</summary>
    public const int QueryBuilderInvalidValue = unchecked((int)0x80041108);

    /// <summary>0x80041109 QueryBuilderInvalid_Alias: an alias used twice.</summary>
    public const int QueryBuilderInvalidAlias = unchecked((int)0x80041109);

    /// <summary>0x8004110A QueryBuilderAlias_Does_Not_Exist: an order or condition names an alias the query does not define.</summary>
    public const int QueryBuilderAliasDoesNotExist = unchecked((int)0x8004110A);

    /// <summary>0x8004110B QueryBuilderNoAlias: an attribute of an aggregate query without an alias.</summary>
    public const int QueryBuilderNoAlias = unchecked((int)0x8004110B);

    /// <summary>0x80041115 QueryBuilderDeserializeInvalidDistinct: distinct is not a boolean.</summary>
    public const int QueryBuilderDeserializeInvalidDistinct = unchecked((int)0x80041115);

    /// <summary>0x80041116 QueryBuilderDeserializeInvalidMapping: mapping is neither logical nor internal.</summary>
    public const int QueryBuilderDeserializeInvalidMapping = unchecked((int)0x80041116);

    /// <summary>0x80041117 QueryBuilderDeserializeInvalidLinkType: an unknown link-type.</summary>
    public const int QueryBuilderDeserializeInvalidLinkType = unchecked((int)0x80041117);

    /// <summary>0x80041118 QueryBuilderDeserializeLinkAttributes: the platform reports a malformed no-lock with it.</summary>
    public const int QueryBuilderDeserializeLinkAttributes = unchecked((int)0x80041118);

    /// <summary>0x80041119 QueryBuilderDeserializeInvalidDescending: descending is not a boolean.</summary>
    public const int QueryBuilderDeserializeInvalidDescending = unchecked((int)0x80041119);

    /// <summary>0x8004111A QueryBuilderDeserializeInvalidAggregate: an aggregate outside an aggregate query, or an unknown or misapplied aggregate function.</summary>
    public const int QueryBuilderDeserializeInvalidAggregate = unchecked((int)0x8004111A);

    /// <summary>0x8004111C QueryBuilderDeserializeInvalidNode: an element where FetchXML does not allow it.</summary>
    public const int QueryBuilderDeserializeInvalidNode = unchecked((int)0x8004111C);

    /// <summary>0x8004111E QueryBuilderAttributeNotFound: an aggregate query's attribute that neither groups nor aggregates.</summary>
    public const int QueryBuilderAttributeNotFound = unchecked((int)0x8004111E);

    /// <summary>0x80041120 QueryBuilderInvalidConditionOperator: an operator FetchXML does not have.</summary>
    public const int QueryBuilderInvalidConditionOperator = unchecked((int)0x80041120);

    /// <summary>0x80041122 QueryBuilderInvalidFilterType: a filter type other than and / or.</summary>
    public const int QueryBuilderInvalidFilterType = unchecked((int)0x80041122);

    /// <summary>0x80041123 QueryBuilderElementNotFound: a required element (the entity) is missing.</summary>
    public const int QueryBuilderElementNotFound = unchecked((int)0x80041123);

    /// <summary>0x80041124 QueryBuilderDeserializeEmptyXml: the FetchXML is empty.</summary>
    public const int QueryBuilderDeserializeEmptyXml = unchecked((int)0x80041124);

    /// <summary>0x80041127 QueryBuilderTopCountGreaterThanZero: top is zero or negative.</summary>
    public const int QueryBuilderTopCountGreaterThanZero = unchecked((int)0x80041127);

    /// <summary>0x8004112E: groupby in a query that is not an aggregate query.</summary>
    public const int GroupByWithoutAggregate = unchecked((int)0x8004112E);

    /// <summary>0x8004430D: more link-entity elements than Dataverse allows in one query (15).</summary>
    public const int TooManyLinkEntities = unchecked((int)0x8004430D);

    /// <summary>0x80050224: groupby on a multi-select choice column.</summary>
    public const int GroupByMultiSelectPicklist = unchecked((int)0x80050224);

    /// <summary>0x8004E023 AggregateQueryRecordLimit: an aggregate query read more rows than its limit.</summary>
    public const int AggregateQueryRecordLimit = unchecked((int)0x8004E023);
}
