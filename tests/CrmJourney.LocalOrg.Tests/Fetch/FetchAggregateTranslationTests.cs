using System.Linq;
using CrmJourney.LocalOrg.Fetch;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Fetch;

public sealed class FetchAggregateTranslationTests
{
    private const int InvalidArgument = unchecked((int)0x80040203);
    private const int NotSupported = unchecked((int)0x80040315);
    private const int InvalidAlias = unchecked((int)0x80041109);
    private const int AliasDoesNotExist = unchecked((int)0x8004110A);
    private const int NoAlias = unchecked((int)0x8004110B);
    private const int InvalidAggregate = unchecked((int)0x8004111A);
    private const int AttributeNotFound = unchecked((int)0x8004111E);
    private const int GroupByMultiSelect = unchecked((int)0x80050224);

    private static FetchXmlQuery Translate(string fetchXml) => FetchXmlTranslator.Translate(fetchXml, FetchTestMetadata.Instance);

    private static void Fails(int errorCode, string messagePart, string fetchXml) =>
        FetchFaultAssert.Throws(errorCode, messagePart, () => Translate(fetchXml));

    private static string Engagements(string children, string fetchAttributes = "") =>
        $"<fetch aggregate='true'{fetchAttributes}><entity name='cjp_engagement'>{children}</entity></fetch>";

    [Fact]
    public void A_grouped_count_selects_only_the_grouping_column_and_describes_the_aggregation()
    {
        var fetch = Translate(Engagements("""
            <attribute name="cjp_status" alias="status" groupby="true" />
            <attribute name="cjp_engagementid" alias="engagements" aggregate="count" />
            """));

        Assert.True(fetch.IsAggregate);
        Assert.Equal(["cjp_status"], fetch.Query.ColumnSet.Columns);
        Assert.False(fetch.Query.ColumnSet.AllColumns);
        var aggregation = fetch.Aggregation!;
        Assert.Equal("cjp_engagement", aggregation.EntityName);
        Assert.Equal(
            [
                new FetchAggregateColumn("status", null, "cjp_engagement", "cjp_status", FetchValueKind.Choice, null, false, null),
                new FetchAggregateColumn("engagements", null, "cjp_engagement", "cjp_engagementid", FetchValueKind.Guid, FetchAggregateFunction.Count, false, null),
            ],
            aggregation.Columns);
        Assert.True(aggregation.Columns[0].IsGroupBy);
        Assert.False(aggregation.Columns[1].IsGroupBy);
        Assert.Equal(50_000, aggregation.RecordLimit);
    }

    [Fact]
    public void Every_aggregate_function_is_recognised_and_selects_its_column()
    {
        var fetch = Translate(Engagements("""
            <attribute name="cjp_satisfaction" alias="rated" aggregate="countcolumn" />
            <attribute name="cjp_value" alias="total" aggregate="sum" />
            <attribute name="cjp_value" alias="mean" aggregate="avg" />
            <attribute name="cjp_endedon" alias="first" aggregate="min" />
            <attribute name="cjp_endedon" alias="last" aggregate="max" />
            """));

        Assert.Equal(
            [FetchAggregateFunction.CountColumn, FetchAggregateFunction.Sum, FetchAggregateFunction.Avg, FetchAggregateFunction.Min, FetchAggregateFunction.Max],
            fetch.Aggregation!.Columns.Select(c => c.Function!.Value));
        Assert.Equal(["cjp_satisfaction", "cjp_value", "cjp_endedon"], fetch.Query.ColumnSet.Columns);
    }

    [Fact]
    public void Distinct_applies_to_countcolumn_and_means_nothing_for_count()
    {
        var fetch = Translate(Engagements("""
            <attribute name="cjp_satisfaction" alias="scores" aggregate="countcolumn" distinct="true" />
            <attribute name="cjp_engagementid" alias="rows" aggregate="count" distinct="true" />
            """));

        Assert.True(fetch.Aggregation!.Columns[0].Distinct);
        Assert.False(fetch.Aggregation.Columns[1].Distinct);
    }

    [Fact]
    public void Link_entity_aggregate_columns_are_read_from_the_link_alias_and_selected_on_the_link()
    {
        var fetch = Translate(Engagements("""
            <attribute name="cjp_value" alias="total" aggregate="sum" />
            <link-entity name="cjp_serviceline" from="cjp_servicelineid" to="cjp_servicelineid" alias="sl">
              <attribute name="cjp_name" alias="serviceline" groupby="true" />
            </link-entity>
            <order alias="total" descending="true" />
            """));

        var link = Assert.Single(fetch.Query.LinkEntities);
        Assert.Equal(["cjp_name"], link.Columns.Columns);
        Assert.Equal(["cjp_value"], fetch.Query.ColumnSet.Columns);
        var serviceLine = fetch.Aggregation!.Columns.Single(c => c.Alias == "serviceline");
        Assert.Equal("sl", serviceLine.EntityAlias);
        Assert.Equal("cjp_serviceline", serviceLine.EntityLogicalName);
        Assert.Equal("sl.cjp_name", serviceLine.RowKey);
        Assert.Equal("cjp_value", fetch.Aggregation.Columns.Single(c => c.Alias == "total").RowKey);
    }

    [Fact]
    public void Orders_of_an_aggregate_query_sort_by_alias_in_document_order()
    {
        var fetch = Translate(Engagements("""
            <attribute name="cjp_status" alias="status" groupby="true" />
            <attribute name="cjp_value" alias="total" aggregate="sum" />
            <order alias="total" descending="true" />
            <order alias="status" />
            """));

        Assert.Equal([new FetchAggregateOrder("total", true), new FetchAggregateOrder("status", false)], fetch.Aggregation!.Orders);
        Assert.Empty(fetch.Query.Orders);
    }

    [Fact]
    public void The_rows_read_for_aggregation_are_not_paged_cut_or_made_distinct()
    {
        var fetch = Translate(Engagements(
            "<attribute name='cjp_status' alias='status' groupby='true'/><attribute name='cjp_engagementid' alias='n' aggregate='count'/>",
            " distinct='true' top='3'"));

        Assert.Null(fetch.Query.TopCount);
        Assert.False(fetch.Query.Distinct);
        Assert.Equal(0, fetch.Query.PageInfo.PageNumber);
        Assert.Equal(0, fetch.Query.PageInfo.Count);
        Assert.Equal(3, fetch.Aggregation!.Top);
        Assert.Equal(3, fetch.Top);
    }

    [Fact]
    public void Paging_of_an_aggregate_query_applies_to_the_result_rows()
    {
        var fetch = Translate(Engagements(
            "<attribute name='cjp_status' alias='status' groupby='true'/><attribute name='cjp_engagementid' alias='n' aggregate='count'/>",
            " page='2' count='2'"));

        Assert.Equal(new FetchPaging(2, 2, null), fetch.Aggregation!.Paging);
        Assert.Equal(0, fetch.Query.PageInfo.PageNumber);
    }

    [Fact]
    public void Aggregatelimit_lowers_the_record_limit()
    {
        var fetch = Translate(Engagements("<attribute name='cjp_engagementid' alias='n' aggregate='count'/>", " aggregatelimit='10'"));

        Assert.Equal(10, fetch.Aggregation!.RecordLimit);
    }

    [Fact]
    public void Dategrouping_is_kept_for_a_date_column()
    {
        var fetch = Translate(Engagements("""
            <attribute name="cjp_endedon" alias="month" groupby="true" dategrouping="month" />
            <attribute name="cjp_endedon" alias="year" groupby="true" dategrouping="year" />
            <attribute name="cjp_engagementid" alias="n" aggregate="count" />
            """));

        Assert.Equal([FetchDateGrouping.Month, FetchDateGrouping.Year, null], fetch.Aggregation!.Columns.Select(c => c.DateGrouping));
        Assert.Equal(["cjp_endedon"], fetch.Query.ColumnSet.Columns);
    }

    [Fact]
    public void Dategrouping_on_a_column_that_is_not_a_date_is_ignored_as_in_Dataverse()
    {
        var fetch = Translate(Engagements("<attribute name='cjp_status' alias='status' groupby='true' dategrouping='month'/><attribute name='cjp_engagementid' alias='n' aggregate='count'/>"));

        Assert.Null(fetch.Aggregation!.Columns[0].DateGrouping);
    }

    [Fact]
    public void An_aggregate_query_attribute_without_alias_is_refused_with_Dataverse_message()
    {
        Fails(NoAlias, "An alias must be specified for every attribute in an aggregate query. NodeXml: <attribute name=\"cjp_value\" aggregate=\"sum\" />", Engagements("<attribute name='cjp_value' aggregate='sum'/>"));
    }

    [Fact]
    public void An_aggregate_query_attribute_that_neither_groups_nor_aggregates_is_refused()
    {
        Fails(AttributeNotFound, "neither groupby nor aggregate", Engagements("<attribute name='cjp_name' alias='name'/>"));
    }

    [Fact]
    public void All_attributes_in_an_aggregate_query_is_refused()
    {
        Fails(AttributeNotFound, "all-attributes is not allowed in an aggregate query", Engagements("<all-attributes/>"));
    }

    [Fact]
    public void An_unknown_aggregate_function_is_refused()
    {
        Fails(InvalidAggregate, "'median' is not an aggregate function", Engagements("<attribute name='cjp_value' alias='m' aggregate='median'/>"));
    }

    [Theory]
    [InlineData("sum", "cjp_name")]
    [InlineData("avg", "cjp_status")]
    [InlineData("max", "cjp_accountid")]
    public void Sum_avg_min_and_max_are_refused_on_columns_they_cannot_apply_to(string function, string column)
    {
        Fails(InvalidAggregate, $"The aggregate '{function}' can't be applied to cjp_engagement.{column}", Engagements($"<attribute name='{column}' alias='x' aggregate='{function}'/>"));
    }

    [Fact]
    public void An_attribute_that_both_groups_and_aggregates_is_refused()
    {
        Fails(InvalidAggregate, "either groups", Engagements("<attribute name='cjp_status' alias='s' groupby='true' aggregate='count'/>"));
    }

    [Fact]
    public void Grouping_by_a_multi_select_choice_is_refused_with_Dataverse_message()
    {
        Fails(
            GroupByMultiSelect,
            "groupby cannot be specified for attribute type MultiSelectPickList",
            "<fetch aggregate='true'><entity name='cjp_nurturerule'><attribute name='cjp_stages' alias='stages' groupby='true'/></entity></fetch>");
    }

    [Fact]
    public void Two_attributes_with_one_alias_are_refused()
    {
        Fails(InvalidAlias, "The alias 'x' is used by more than one attribute", Engagements("<attribute name='cjp_value' alias='x' aggregate='sum'/><attribute name='cjp_value' alias='x' aggregate='avg'/>"));
    }

    [Fact]
    public void An_order_alias_that_no_attribute_has_is_refused()
    {
        Fails(AliasDoesNotExist, "The order alias 'total' is not the alias of any attribute", Engagements("<attribute name='cjp_value' alias='sum_value' aggregate='sum'/><order alias='total'/>"));
    }

    [Fact]
    public void An_order_by_column_in_an_aggregate_query_is_refused()
    {
        Fails(InvalidArgument, "An aggregate query sorts by the alias", Engagements("<attribute name='cjp_value' alias='total' aggregate='sum'/><order attribute='cjp_value'/>"));
    }

    [Theory]
    [InlineData("50001")]
    [InlineData("0")]
    public void Aggregatelimit_must_be_within_the_standard_limit(string limit)
    {
        Fails(InvalidArgument, "aggregatelimit must be a whole number from 1 to 50,000", Engagements("<attribute name='cjp_engagementid' alias='n' aggregate='count'/>", $" aggregatelimit='{limit}'"));
    }

    [Fact]
    public void Aggregatelimit_in_a_plain_query_is_refused()
    {
        Fails(InvalidArgument, "aggregatelimit applies to aggregate queries only", "<fetch aggregatelimit='10'><entity name='cjp_engagement'><attribute name='cjp_name'/></entity></fetch>");
    }

    [Fact]
    public void Fiscal_date_grouping_is_refused_by_name()
    {
        Fails(NotSupported, "LocalOrg does not support dategrouping 'fiscal-period'", Engagements("<attribute name='cjp_endedon' alias='p' groupby='true' dategrouping='fiscal-period'/>"));
    }

    [Fact]
    public void An_unknown_date_grouping_is_refused()
    {
        Fails(InvalidArgument, "'fortnight' is not a dategrouping", Engagements("<attribute name='cjp_endedon' alias='p' groupby='true' dategrouping='fortnight'/>"));
    }

    [Fact]
    public void A_plain_query_has_no_aggregation_even_when_aggregate_is_false()
    {
        var fetch = Translate("<fetch aggregate='false'><entity name='cjp_engagement'><attribute name='cjp_name'/></entity></fetch>");

        Assert.Null(fetch.Aggregation);
        Assert.Equal(["cjp_name"], fetch.Query.ColumnSet.Columns);
        Assert.IsType<QueryExpression>(fetch.Query);
    }
}
