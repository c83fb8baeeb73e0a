using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.StandIn.Tests.Query;

public sealed class QueryExpressionTests
{
    [Fact]
    public void A_new_query_returns_no_columns_has_an_empty_and_filter_and_asks_for_the_default_page()
    {
        var query = new QueryExpression("account");

        Assert.Equal("account", query.EntityName);
        Assert.False(query.ColumnSet.AllColumns);
        Assert.Empty(query.ColumnSet.Columns);
        Assert.Equal(LogicalOperator.And, query.Criteria.FilterOperator);
        Assert.Empty(query.Criteria.Conditions);
        Assert.Equal(0, query.PageInfo.Count);
        Assert.Equal(0, query.PageInfo.PageNumber);
        Assert.Null(query.PageInfo.PagingCookie);
        Assert.False(query.PageInfo.ReturnTotalRecordCount);
        Assert.Null(query.TopCount);
        Assert.False(query.Distinct);
        Assert.Empty(query.LinkEntities);
        Assert.Empty(query.Orders);
    }

    [Fact]
    public void AddLink_joins_from_the_query_table_and_returns_the_link_to_configure()
    {
        var query = new QueryExpression("task");

        var link = query.AddLink("account", "regardingobjectid", "accountid", JoinOperator.LeftOuter);
        link.EntityAlias = "acc";

        var added = Assert.Single(query.LinkEntities);
        Assert.Same(link, added);
        Assert.Equal("task", added.LinkFromEntityName);
        Assert.Equal("account", added.LinkToEntityName);
        Assert.Equal("regardingobjectid", added.LinkFromAttributeName);
        Assert.Equal("accountid", added.LinkToAttributeName);
        Assert.Equal(JoinOperator.LeftOuter, added.JoinOperator);
    }

    [Fact]
    public void AddLink_without_a_join_operator_is_an_inner_join_and_nested_links_start_from_the_linked_table()
    {
        var link = new QueryExpression("task").AddLink("account", "regardingobjectid", "accountid");

        var nested = link.AddLink("systemuser", "ownerid", "systemuserid");

        Assert.Equal(JoinOperator.Inner, link.JoinOperator);
        Assert.Equal("account", nested.LinkFromEntityName);
        Assert.Single(link.LinkEntities);
    }

    [Fact]
    public void AddOrder_appends_sort_keys_in_order()
    {
        var query = new QueryExpression("account");

        query.AddOrder("cjp_lasttouchpointon", OrderType.Ascending);
        query.AddOrder("name", OrderType.Descending);

        Assert.Equal("cjp_lasttouchpointon", query.Orders[0].AttributeName);
        Assert.Equal(OrderType.Descending, query.Orders[1].OrderType);
    }

    [Fact]
    public void QueryByAttribute_keeps_attributes_and_values_parallel()
    {
        var query = new QueryByAttribute("cjp_serviceline");

        query.AddAttributeValue("cjp_code", "TAX");
        query.AddAttributeValue("statecode", 0);

        Assert.Equal(new[] { "cjp_code", "statecode" }, query.Attributes.ToArray());
        Assert.Equal(new object[] { "TAX", 0 }, query.Values.ToArray());
        // As in the real SDK: a new QueryByAttribute has no column set (LocalOrg then returns ids only).
        Assert.Null(query.ColumnSet);
    }
}
