using System;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Querying;

public sealed class QueryShapeTests
{
    private readonly LocalOrganization _org = TestOrganization.Create();

    [Fact]
    public void Orders_sort_descending_and_rows_without_a_value_come_first_in_ascending_order()
    {
        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "b", ["cjp_count"] = 2 });
        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "a", ["cjp_count"] = 3 });
        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "c" });
        var ascending = new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_name") };
        ascending.AddOrder("cjp_count", OrderType.Ascending);
        var descending = new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_name") };
        descending.AddOrder("cjp_count", OrderType.Descending);

        Assert.Equal(new[] { "c", "b", "a" }, _org.RetrieveMultiple(ascending).Entities.Select(row => row.GetAttributeValue<string>("cjp_name")));
        Assert.Equal(new[] { "a", "b", "c" }, _org.RetrieveMultiple(descending).Entities.Select(row => row.GetAttributeValue<string>("cjp_name")));
    }

    [Fact]
    public void TopCount_limits_the_rows_after_ordering()
    {
        for (var count = 1; count <= 5; count++)
        {
            _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "w" + count, ["cjp_count"] = count });
        }

        var query = new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_count"), TopCount = 2 };
        query.AddOrder("cjp_count", OrderType.Descending);

        Assert.Equal(new[] { 5, 4 }, _org.RetrieveMultiple(query).Entities.Select(row => row.GetAttributeValue<int>("cjp_count")));
    }

    [Fact]
    public void Distinct_returns_each_combination_of_the_selected_columns_once()
    {
        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "same" });
        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "same" });
        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "other" });
        var query = new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_name"), Distinct = true };

        Assert.Equal(2, _org.RetrieveMultiple(query).Entities.Count);
    }

    [Fact]
    public void AllColumns_returns_every_column_that_has_a_value()
    {
        var id = _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "full", ["cjp_count"] = 4 });

        var row = Assert.Single(_org.RetrieveMultiple(new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet(true) }).Entities);

        Assert.Equal(id, row.Id);
        Assert.Equal(4, row.GetAttributeValue<int>("cjp_count"));
        Assert.True(row.Contains("createdon"));
        Assert.True(row.Contains("statecode"));
        Assert.False(row.Contains("cjp_value"));
    }

    [Fact]
    public void QueryByAttribute_matches_all_attribute_value_pairs()
    {
        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "x", ["cjp_count"] = 1 });
        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "x", ["cjp_count"] = 2 });
        var query = new QueryByAttribute("cjp_widget") { ColumnSet = new ColumnSet("cjp_count") };
        query.AddAttributeValue("cjp_name", "X");
        query.AddAttributeValue("cjp_count", 2);

        var row = Assert.Single(_org.RetrieveMultiple(query).Entities);

        Assert.Equal(2, row.GetAttributeValue<int>("cjp_count"));
    }

    [Fact]
    public void A_QueryByAttribute_as_the_real_SDK_builds_it_with_no_column_set_or_page_returns_the_matching_rows_with_their_ids_only()
    {
        var wanted = _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "x", ["cjp_count"] = 1 });
        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "y", ["cjp_count"] = 1 });
        var query = new QueryByAttribute("cjp_widget");
        query.AddAttributeValue("cjp_name", "x");

        var row = Assert.Single(_org.RetrieveMultiple(query).Entities);

        Assert.Null(query.ColumnSet);
        Assert.Null(query.PageInfo);
        Assert.Equal(wanted, row.Id);
        Assert.False(row.Contains("cjp_name"));
        Assert.False(row.Contains("cjp_count"));
    }

    [Fact]
    public void A_QueryByAttribute_with_no_page_returns_every_match_up_to_the_default_page_of_5000()
    {
        for (var i = 0; i < 3; i++)
        {
            _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "many" });
        }

        var query = new QueryByAttribute("cjp_widget") { ColumnSet = new ColumnSet("cjp_name") };
        query.AddAttributeValue("cjp_name", "many");

        var page = _org.RetrieveMultiple(query);

        Assert.Equal(3, page.Entities.Count);
        Assert.False(page.MoreRecords);
        Assert.All(page.Entities, row => Assert.Equal("many", row.GetAttributeValue<string>("cjp_name")));
    }

    [Fact]
    public void A_QueryExpression_whose_column_set_is_set_to_null_returns_ids_only_and_leaves_the_callers_query_unchanged()
    {
        var id = _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "n", ["cjp_count"] = 4 });
        var query = new QueryExpression("cjp_widget") { ColumnSet = null! };

        var row = Assert.Single(_org.RetrieveMultiple(query).Entities);

        Assert.Equal(id, row.Id);
        Assert.False(row.Contains("cjp_count"));
        Assert.Empty(query.Orders);
    }

    [Fact]
    public void A_FetchExpression_is_answered_by_the_same_engine_and_counted_as_one_RetrieveMultiple()
    {
        _org.Create(new Entity("cjp_widget") { ["cjp_kind"] = new OptionSetValue(573100001), ["cjp_count"] = 1 });
        _org.Create(new Entity("cjp_widget") { ["cjp_kind"] = new OptionSetValue(573100002), ["cjp_count"] = 2 });
        _org.Counters.Reset();

        var rows = _org.RetrieveMultiple(new FetchExpression(
            "<fetch><entity name='cjp_widget'><attribute name='cjp_count' /><filter><condition attribute='cjp_kind' operator='eq' value='573100002' /></filter></entity></fetch>"));

        Assert.Equal(2, Assert.Single(rows.Entities).GetAttributeValue<int>("cjp_count"));
        Assert.Equal(1, _org.Counters.Total);
    }

    [Fact]
    public void A_query_filtered_only_through_an_inner_link_reads_its_rows_through_the_link_s_index_not_by_scanning()
    {
        var contoso = _org.Create(new Entity("account") { ["name"] = "Contoso" });
        var fabrikam = _org.Create(new Entity("account") { ["name"] = "Fabrikam" });
        var anna = _org.Create(new Entity("contact") { ["fullname"] = "Anna", ["parentcustomerid"] = new EntityReference("account", contoso) });
        var ben = _org.Create(new Entity("contact") { ["fullname"] = "Ben", ["parentcustomerid"] = new EntityReference("account", contoso) });
        var carl = _org.Create(new Entity("contact") { ["fullname"] = "Carl", ["parentcustomerid"] = new EntityReference("account", fabrikam) });
        foreach (var (subject, regarding) in new[] { ("to Anna", new EntityReference("contact", anna)), ("to Ben", new EntityReference("contact", ben)), ("to Carl", new EntityReference("contact", carl)), ("to Contoso", new EntityReference("account", contoso)) })
        {
            _org.Create(new Entity("email") { ["subject"] = subject, ["regardingobjectid"] = regarding });
        }

        var query = new QueryExpression("email") { ColumnSet = new ColumnSet("subject") };
        var contact = query.AddLink("contact", "regardingobjectid", "contactid");
        contact.LinkCriteria.AddCondition("parentcustomerid", ConditionOperator.In, contoso, Guid.NewGuid());
        _org.Counters.Reset();

        var subjects = _org.RetrieveMultiple(query).Entities.Select(row => row.GetAttributeValue<string>("subject")).OrderBy(text => text, System.StringComparer.Ordinal);

        Assert.Equal(new[] { "to Anna", "to Ben" }, subjects);
        Assert.Equal((1L, 0L), (_org.Counters.IndexHits, _org.Counters.Scans));
    }

    [Fact]
    public void An_or_filter_whose_every_branch_is_indexed_reads_the_union_of_its_branches_not_the_table()
    {
        var contoso = _org.Create(new Entity("account") { ["name"] = "Contoso" });
        var fabrikam = _org.Create(new Entity("account") { ["name"] = "Fabrikam" });
        _org.Create(new Entity("opportunity") { ["name"] = "by customer", ["customerid"] = new EntityReference("account", contoso) });
        _org.Create(new Entity("opportunity") { ["name"] = "by parent", ["parentaccountid"] = new EntityReference("account", contoso) });
        _org.Create(new Entity("opportunity") { ["name"] = "elsewhere", ["customerid"] = new EntityReference("account", fabrikam) });
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        var either = query.Criteria.AddFilter(LogicalOperator.Or);
        either.AddCondition("customerid", ConditionOperator.In, contoso, Guid.NewGuid());
        either.AddCondition("parentaccountid", ConditionOperator.In, contoso, Guid.NewGuid());
        _org.Counters.Reset();

        var names = _org.RetrieveMultiple(query).Entities.Select(row => row.GetAttributeValue<string>("name")).OrderBy(text => text, System.StringComparer.Ordinal);

        Assert.Equal(new[] { "by customer", "by parent" }, names);
        Assert.Equal((1L, 0L), (_org.Counters.IndexHits, _org.Counters.Scans));
    }

    [Fact]
    public void An_equal_condition_on_an_indexed_column_uses_the_index_and_one_on_a_plain_column_scans()
    {
        _org.Create(new Entity("cjp_widget") { ["cjp_kind"] = new OptionSetValue(573100001), ["cjp_count"] = 1 });
        _org.Counters.Reset();

        _org.RetrieveMultiple(Query("cjp_kind", 573100001));
        var afterIndexed = (_org.Counters.IndexHits, _org.Counters.Scans);
        _org.RetrieveMultiple(Query("cjp_count", 1));

        Assert.Equal((1L, 0L), afterIndexed);
        Assert.Equal((1L, 1L), (_org.Counters.IndexHits, _org.Counters.Scans));

        static QueryExpression Query(string column, int value)
        {
            var query = new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet(column) };
            query.Criteria.AddCondition(column, ConditionOperator.Equal, value);
            return query;
        }
    }

    [Fact]
    public void A_cached_result_is_not_reused_after_the_table_changes()
    {
        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "first" });
        var query = new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_name") };
        Assert.Single(_org.RetrieveMultiple(query).Entities);

        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "second" });

        Assert.Equal(2, _org.RetrieveMultiple(query).Entities.Count);
    }

    [Fact]
    public void A_query_on_an_unknown_column_faults_naming_it()
    {
        var query = new QueryExpression("cjp_widget");
        query.Criteria.AddCondition("cjp_missing", ConditionOperator.Equal, 1);

        var fault = Support.Faults.Expect(ErrorCodes.QueryBuilderNoAttribute, () => _org.RetrieveMultiple(query));

        Assert.Contains("cjp_missing", fault.Message);
    }

    [Fact]
    public void An_unsupported_join_operator_faults_naming_it()
    {
        var query = new QueryExpression("account");
        query.AddLink("contact", "accountid", "parentcustomerid", JoinOperator.Exists);

        var fault = Support.Faults.Expect(ErrorCodes.NotSupported, () => _org.RetrieveMultiple(query));

        Assert.Equal("LocalOrg does not support the join operator 'Exists'.", fault.Message);
    }

    [Fact]
    public void Without_paging_a_query_returns_at_most_five_thousand_rows_and_says_there_are_more()
    {
        var rows = new EntityCollection { EntityName = "cjp_widget" };
        for (var index = 0; index < 5001; index++)
        {
            rows.Entities.Add(new Entity("cjp_widget") { ["cjp_count"] = index });
        }

        _org.Execute(new Microsoft.Xrm.Sdk.Messages.CreateMultipleRequest { Targets = rows });

        var result = _org.RetrieveMultiple(new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_count") });

        Assert.Equal(5000, result.Entities.Count);
        Assert.True(result.MoreRecords);
        Assert.False(string.IsNullOrEmpty(result.PagingCookie));
    }
}
