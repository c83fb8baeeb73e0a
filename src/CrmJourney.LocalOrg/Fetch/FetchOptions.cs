using System.Collections.Frozen;
using System.Globalization;
using System.Xml.Linq;
using static CrmJourney.LocalOrg.Fetch.FetchXmlElements;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// The fetch element's attributes, read and checked together because they constrain each other:
/// top excludes paging (Dataverse: "The top attribute can't be specified with paging attribute
/// page"), aggregatelimit needs an aggregate query, top stays within one page of 5,000 rows.
/// </summary>
internal sealed record FetchOptions(
    bool Aggregate,
    bool Distinct,
    bool NoLock,
    bool ReturnTotalRecordCount,
    int? Top,
    FetchPaging? Paging,
    int RecordLimit)
{
    private static readonly FrozenSet<string> _attributes = Set(
        FetchXmlNames.Version, FetchXmlNames.OutputFormat, FetchXmlNames.Mapping, FetchXmlNames.Distinct,
        FetchXmlNames.Aggregate, FetchXmlNames.AggregateLimit, FetchXmlNames.Top, FetchXmlNames.Count,
        FetchXmlNames.Page, FetchXmlNames.PagingCookie, FetchXmlNames.ReturnTotalRecordCount, FetchXmlNames.NoLock,
        FetchXmlNames.LateMaterialize, FetchXmlNames.Options, FetchXmlNames.UseRawOrderBy, FetchXmlNames.DataSource);

    /// <summary>The options of <paramref name="fetch"/>, or the fault Dataverse raises for them.</summary>
    public static FetchOptions Read(XElement fetch)
    {
        CheckAttributes(fetch, _attributes);
        CheckMapping(fetch);
        if (fetch.Attribute(FetchXmlNames.DataSource) is not null)
        {
            throw Fault(FetchErrorCodes.NotSupported, "LocalOrg does not support the fetch attribute 'datasource': it keeps no long-term retained rows. Remove the attribute.");
        }

        var aggregate = ReadBoolean(fetch, FetchXmlNames.Aggregate, FetchErrorCodes.QueryBuilderDeserializeInvalidAggregate) ?? false;
        var returnTotalRecordCount = ReadBoolean(fetch, FetchXmlNames.ReturnTotalRecordCount, FetchErrorCodes.InvalidArgument) ?? false;
        var top = ReadTop(fetch);
        CheckTopWithoutPaging(fetch, top, returnTotalRecordCount);
        return new FetchOptions(
            aggregate,
            ReadBoolean(fetch, FetchXmlNames.Distinct, FetchErrorCodes.QueryBuilderDeserializeInvalidDistinct) ?? false,
            // Dataverse's parser reports a malformed no-lock with this code.
            ReadBoolean(fetch, FetchXmlNames.NoLock, FetchErrorCodes.QueryBuilderDeserializeLinkAttributes) ?? false,
            returnTotalRecordCount,
            top,
            ReadPaging(fetch),
            ReadAggregateLimit(fetch, aggregate));
    }

    private static void CheckMapping(XElement fetch)
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

        var maximum = FetchXmlTranslator.MaximumTop.ToString("N0", CultureInfo.InvariantCulture);
        if (!int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var top))
        {
            throw Fault(FetchErrorCodes.InvalidArgument, "The fetch attribute top must be a whole number from 1 to {0}; it is '{1}'.", maximum, text);
        }

        if (top <= 0)
        {
            throw Fault(FetchErrorCodes.QueryBuilderTopCountGreaterThanZero, "The fetch attribute top must be greater than zero; it is {0}.", top);
        }

        if (top > FetchXmlTranslator.MaximumTop)
        {
            throw Fault(FetchErrorCodes.InvalidArgument, "The fetch attribute top can't exceed {0}; it is {1}. Use count and page to read more rows.", maximum, top);
        }

        return top;
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

    private static int ReadAggregateLimit(XElement fetch, bool aggregate)
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

        if (!aggregate)
        {
            throw Fault(FetchErrorCodes.InvalidArgument, "The fetch attribute aggregatelimit applies to aggregate queries only; add aggregate='true' or remove it.");
        }

        return limit;
    }
}
