using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.LocalOrg.Fetch;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Tests.Fetch;

/// <summary>
/// Aggregation over six engagements, as the engine returns them for the translated query (main
/// columns as attributes, the service line's name as the AliasedValue "sl.cjp_name"):
/// <code>
/// #  account  status     value    satisfaction  service line  ended on
/// 1  A        Completed  1000.00  5             Audit         2026-03-25
/// 2  A        Completed  2500.50  4             Tax           2026-03-28
/// 3  B        Active      400.00  -             Audit         -
/// 4  B        Completed  1200.00  4             Audit         2026-08-27
/// 5  C        Planned    -        -             Tax           -
/// 6  A        Completed   300.25  2             Audit         2026-12-31
/// </code>
/// Every expected value below is worked out by hand from this table.
/// </summary>
public sealed class FetchAggregatorTests
{
    private const int Planned = 573100000;
    private const int Active = 573100001;
    private const int Completed = 573100002;

    private static readonly EntityReference _accountA = new("account", Guid.Parse("a0000000-0000-0000-0000-00000000000a")) { Name = "Adatum" };
    private static readonly EntityReference _accountB = new("account", Guid.Parse("b0000000-0000-0000-0000-00000000000b")) { Name = "Bellows" };
    private static readonly EntityReference _accountC = new("account", Guid.Parse("c0000000-0000-0000-0000-00000000000c")) { Name = "Contoso" };

    private static IReadOnlyList<Entity> Engagements() =>
    [
        Engagement(1, _accountA, Completed, 1000.00m, 5, "Audit", new DateTime(2026, 3, 25, 10, 0, 0, DateTimeKind.Utc)),
        Engagement(2, _accountA, Completed, 2500.50m, 4, "Tax", new DateTime(2026, 3, 28, 0, 0, 0, DateTimeKind.Utc)),
        Engagement(3, _accountB, Active, 400.00m, null, "Audit", null),
        Engagement(4, _accountB, Completed, 1200.00m, 4, "Audit", new DateTime(2026, 8, 27, 0, 0, 0, DateTimeKind.Utc)),
        Engagement(5, _accountC, Planned, null, null, "Tax", null),
        Engagement(6, _accountA, Completed, 300.25m, 2, "Audit", new DateTime(2026, 12, 31, 23, 0, 0, DateTimeKind.Utc)),
    ];

    private static Entity Engagement(int number, EntityReference account, int status, decimal? value, int? satisfaction, string serviceLine, DateTime? endedOn)
    {
        var engagement = new Entity("cjp_engagement", new Guid(number, 0, 0, new byte[8]));
        engagement["cjp_engagementid"] = engagement.Id;
        engagement["cjp_accountid"] = new EntityReference(account.LogicalName, account.Id) { Name = account.Name };
        engagement["cjp_status"] = new OptionSetValue(status);
        engagement["cjp_value"] = value is null ? null : new Money(value.Value);
        engagement["cjp_satisfaction"] = satisfaction;
        engagement["cjp_endedon"] = endedOn;
        engagement["sl.cjp_name"] = new AliasedValue("cjp_serviceline", "cjp_name", serviceLine);
        return engagement;
    }

    private const string GroupByServiceLine = "<attribute name='cjp_name' alias='serviceline' groupby='true'/>";

    private static FetchAggregation Aggregation(string children, string fetchAttributes = "", string serviceLineChildren = "") =>
        FetchXmlTranslator.Translate(
            $"""
            <fetch aggregate="true"{fetchAttributes}>
              <entity name="cjp_engagement">
                {children}
                <link-entity name="cjp_serviceline" from="cjp_servicelineid" to="cjp_servicelineid" alias="sl">{serviceLineChildren}</link-entity>
              </entity>
            </fetch>
            """,
            FetchTestMetadata.Instance).Aggregation!;

    private static object? Value(Entity row, string alias) => Assert.IsType<AliasedValue>(row[alias]).Value;

    [Fact]
    public void Without_groupby_the_aggregates_cover_every_row_in_one_result_row()
    {
        var aggregation = Aggregation("""
            <attribute name="cjp_engagementid" alias="engagements" aggregate="count" />
            <attribute name="cjp_satisfaction" alias="rated" aggregate="countcolumn" />
            <attribute name="cjp_satisfaction" alias="scores" aggregate="countcolumn" distinct="true" />
            <attribute name="cjp_value" alias="total" aggregate="sum" />
            <attribute name="cjp_value" alias="mean" aggregate="avg" />
            <attribute name="cjp_value" alias="smallest" aggregate="min" />
            <attribute name="cjp_value" alias="largest" aggregate="max" />
            """);

        var result = FetchAggregator.Aggregate(aggregation, Engagements());

        var row = Assert.Single(result.Entities);
        Assert.Equal("cjp_engagement", row.LogicalName);
        Assert.Equal(6, Assert.IsType<int>(Value(row, "engagements")));
        Assert.Equal(4, Assert.IsType<int>(Value(row, "rated")));
        Assert.Equal(3, Assert.IsType<int>(Value(row, "scores")));
        Assert.Equal(5400.75m, Assert.IsType<Money>(Value(row, "total")).Value);
        Assert.Equal(1080.15m, Assert.IsType<Money>(Value(row, "mean")).Value);
        Assert.Equal(300.25m, Assert.IsType<Money>(Value(row, "smallest")).Value);
        Assert.Equal(2500.50m, Assert.IsType<Money>(Value(row, "largest")).Value);
    }

    [Fact]
    public void Whole_number_sums_stay_whole_numbers_and_averages_truncate_as_SQL_does()
    {
        var aggregation = Aggregation("""
            <attribute name="cjp_satisfaction" alias="points" aggregate="sum" />
            <attribute name="cjp_satisfaction" alias="mean" aggregate="avg" />
            <attribute name="cjp_satisfaction" alias="lowest" aggregate="min" />
            <attribute name="cjp_satisfaction" alias="highest" aggregate="max" />
            """);

        var row = Assert.Single(FetchAggregator.Aggregate(aggregation, Engagements()).Entities);

        Assert.Equal(15, Assert.IsType<int>(Value(row, "points")));
        Assert.Equal(3, Assert.IsType<int>(Value(row, "mean"))); // 15 / 4 = 3.75
        Assert.Equal(2, Assert.IsType<int>(Value(row, "lowest")));
        Assert.Equal(5, Assert.IsType<int>(Value(row, "highest")));
    }

    [Fact]
    public void Min_and_max_of_a_date_column_are_dates()
    {
        var aggregation = Aggregation("""
            <attribute name="cjp_endedon" alias="first" aggregate="min" />
            <attribute name="cjp_endedon" alias="last" aggregate="max" />
            """);

        var row = Assert.Single(FetchAggregator.Aggregate(aggregation, Engagements()).Entities);

        Assert.Equal(new DateTime(2026, 3, 25, 10, 0, 0, DateTimeKind.Utc), Value(row, "first"));
        Assert.Equal(new DateTime(2026, 12, 31, 23, 0, 0, DateTimeKind.Utc), Value(row, "last"));
    }

    [Fact]
    public void Each_result_value_names_the_table_and_column_it_came_from()
    {
        var aggregation = Aggregation("<attribute name='cjp_value' alias='total' aggregate='sum'/>");

        var row = Assert.Single(FetchAggregator.Aggregate(aggregation, Engagements()).Entities);

        var total = Assert.IsType<AliasedValue>(row["total"]);
        Assert.Equal("cjp_engagement", total.EntityLogicalName);
        Assert.Equal("cjp_value", total.AttributeLogicalName);
    }

    [Fact]
    public void Grouping_by_a_lookup_yields_one_row_per_record_with_the_EntityReference()
    {
        var aggregation = Aggregation("""
            <attribute name="cjp_accountid" alias="account" groupby="true" />
            <attribute name="cjp_engagementid" alias="engagements" aggregate="count" />
            <attribute name="cjp_value" alias="total" aggregate="sum" />
            <order alias="total" descending="true" />
            """);

        var rows = FetchAggregator.Aggregate(aggregation, Engagements()).Entities;

        Assert.Equal([_accountA, _accountB, _accountC], rows.Select(r => Assert.IsType<EntityReference>(Value(r, "account"))));
        Assert.Equal([3, 2, 1], rows.Select(r => Value(r, "engagements")));
        Assert.Equal(3800.75m, Assert.IsType<Money>(Value(rows[0], "total")).Value);
        Assert.Equal(1600.00m, Assert.IsType<Money>(Value(rows[1], "total")).Value);
        Assert.Null(Value(rows[2], "total")); // Contoso's only engagement has no value: sum over no values is null
    }

    [Fact]
    public void Ascending_order_puts_null_aggregates_first()
    {
        var aggregation = Aggregation("""
            <attribute name="cjp_accountid" alias="account" groupby="true" />
            <attribute name="cjp_value" alias="total" aggregate="sum" />
            <order alias="total" />
            """);

        var rows = FetchAggregator.Aggregate(aggregation, Engagements()).Entities;

        Assert.Equal([_accountC, _accountB, _accountA], rows.Select(r => Value(r, "account")));
    }

    [Fact]
    public void Grouping_by_a_choice_yields_OptionSetValues()
    {
        var aggregation = Aggregation("""
            <attribute name="cjp_status" alias="status" groupby="true" />
            <attribute name="cjp_engagementid" alias="engagements" aggregate="count" />
            <order alias="engagements" descending="true" />
            <order alias="status" />
            """);

        var rows = FetchAggregator.Aggregate(aggregation, Engagements()).Entities;

        Assert.Equal(
            [(Completed, 4), (Planned, 1), (Active, 1)],
            rows.Select(r => (Assert.IsType<OptionSetValue>(Value(r, "status")).Value, (int)Value(r, "engagements")!)));
    }

    [Fact]
    public void Grouping_by_a_link_entity_column_reads_its_aliased_values()
    {
        var aggregation = Aggregation("""
            <attribute name="cjp_engagementid" alias="engagements" aggregate="count" />
            <attribute name="cjp_value" alias="total" aggregate="sum" />
            <order alias="serviceline" />
            """,
            serviceLineChildren: GroupByServiceLine);

        var rows = FetchAggregator.Aggregate(aggregation, Engagements()).Entities;

        Assert.Equal(["Audit", "Tax"], rows.Select(r => Value(r, "serviceline")));
        Assert.Equal([4, 2], rows.Select(r => Value(r, "engagements")));
        Assert.Equal([2900.25m, 2500.50m], rows.Select(r => Assert.IsType<Money>(Value(r, "total")).Value));
        var serviceLine = Assert.IsType<AliasedValue>(rows[0]["serviceline"]);
        Assert.Equal(("cjp_serviceline", "cjp_name"), (serviceLine.EntityLogicalName, serviceLine.AttributeLogicalName));
    }

    [Fact]
    public void Grouping_by_month_groups_dates_by_their_month_and_keeps_missing_dates_together()
    {
        var aggregation = Aggregation("""
            <attribute name="cjp_endedon" alias="month" groupby="true" dategrouping="month" />
            <attribute name="cjp_engagementid" alias="engagements" aggregate="count" />
            <order alias="month" />
            """);

        var rows = FetchAggregator.Aggregate(aggregation, Engagements()).Entities;

        Assert.Equal([(null, 2), (3, 2), (8, 1), (12, 1)], rows.Select(r => ((int?)Value(r, "month"), (int)Value(r, "engagements")!)));
    }

    [Fact]
    public void Date_parts_are_day_week_month_quarter_and_year()
    {
        var aggregation = Aggregation("""
            <attribute name="cjp_endedon" alias="day" groupby="true" dategrouping="day" />
            <attribute name="cjp_endedon" alias="week" groupby="true" dategrouping="week" />
            <attribute name="cjp_endedon" alias="month" groupby="true" dategrouping="month" />
            <attribute name="cjp_endedon" alias="quarter" groupby="true" dategrouping="quarter" />
            <attribute name="cjp_endedon" alias="year" groupby="true" dategrouping="year" />
            <attribute name="cjp_engagementid" alias="n" aggregate="count" />
            """);
        var ended = Engagement(1, _accountA, Completed, 1m, 1, "Audit", new DateTime(2026, 8, 27, 0, 0, 0, DateTimeKind.Utc));

        var row = Assert.Single(FetchAggregator.Aggregate(aggregation, [ended]).Entities);

        // Thursday 27 August 2026: weeks start on Sunday and week 1 holds 1 January (a Thursday),
        // so 23 August opens week 35.
        Assert.Equal([27, 35, 8, 3, 2026], new[] { "day", "week", "month", "quarter", "year" }.Select(a => (int)Value(row, a)!));
    }

    [Theory]
    [InlineData(2023, 3, 25, 12)]
    [InlineData(2023, 8, 27, 35)]
    [InlineData(2026, 1, 3, 1)]
    [InlineData(2026, 1, 4, 2)]
    public void Week_numbers_match_the_Dataverse_documentation_example_and_start_on_Sunday(int year, int month, int day, int week)
    {
        var aggregation = Aggregation("<attribute name='cjp_endedon' alias='week' groupby='true' dategrouping='week'/>");
        var ended = Engagement(1, _accountA, Completed, 1m, 1, "Audit", new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc));

        var row = Assert.Single(FetchAggregator.Aggregate(aggregation, [ended]).Entities);

        Assert.Equal(week, Value(row, "week"));
    }

    [Fact]
    public void Text_groups_ignore_case_as_Dataverse_collation_does()
    {
        var aggregation = Aggregation("<attribute name='cjp_engagementid' alias='n' aggregate='count'/>", serviceLineChildren: GroupByServiceLine);
        var rows = Engagements().ToList();
        rows[1]["sl.cjp_name"] = new AliasedValue("cjp_serviceline", "cjp_name", "AUDIT");

        var result = FetchAggregator.Aggregate(aggregation, rows).Entities;

        Assert.Equal([5, 1], result.Select(r => Value(r, "n")));
    }

    [Fact]
    public void Over_no_rows_an_ungrouped_query_still_returns_one_row_with_zero_counts_and_null_aggregates()
    {
        var aggregation = Aggregation("""
            <attribute name="cjp_engagementid" alias="engagements" aggregate="count" />
            <attribute name="cjp_satisfaction" alias="rated" aggregate="countcolumn" />
            <attribute name="cjp_value" alias="total" aggregate="sum" />
            """);

        var row = Assert.Single(FetchAggregator.Aggregate(aggregation, []).Entities);

        Assert.Equal(0, Value(row, "engagements"));
        Assert.Equal(0, Value(row, "rated"));
        Assert.Null(Value(row, "total"));
    }

    [Fact]
    public void Over_no_rows_a_grouped_query_returns_no_rows()
    {
        var aggregation = Aggregation("<attribute name='cjp_status' alias='status' groupby='true'/><attribute name='cjp_engagementid' alias='n' aggregate='count'/>");

        var result = FetchAggregator.Aggregate(aggregation, []);

        Assert.Empty(result.Entities);
        Assert.False(result.MoreRecords);
    }

    [Fact]
    public void Top_keeps_the_first_result_rows_after_ordering()
    {
        var aggregation = Aggregation(
            "<attribute name='cjp_accountid' alias='account' groupby='true'/><attribute name='cjp_engagementid' alias='n' aggregate='count'/><order alias='n' descending='true'/>",
            " top='2'");

        var rows = FetchAggregator.Aggregate(aggregation, Engagements()).Entities;

        Assert.Equal([_accountA, _accountB], rows.Select(r => Value(r, "account")));
    }

    [Fact]
    public void Paging_returns_the_asked_page_of_result_rows_and_says_whether_more_follow()
    {
        var aggregation = Aggregation(
            "<attribute name='cjp_accountid' alias='account' groupby='true'/><attribute name='cjp_engagementid' alias='n' aggregate='count'/><order alias='n' descending='true'/>",
            " page='1' count='2'");
        var lastPage = Aggregation(
            "<attribute name='cjp_accountid' alias='account' groupby='true'/><attribute name='cjp_engagementid' alias='n' aggregate='count'/><order alias='n' descending='true'/>",
            " page='2' count='2'");

        var first = FetchAggregator.Aggregate(aggregation, Engagements());
        var second = FetchAggregator.Aggregate(lastPage, Engagements());

        Assert.Equal([_accountA, _accountB], first.Entities.Select(r => Value(r, "account")));
        Assert.True(first.MoreRecords);
        Assert.Equal([_accountC], second.Entities.Select(r => Value(r, "account")));
        Assert.False(second.MoreRecords);
    }

    [Fact]
    public void A_primary_key_absent_from_the_attributes_is_read_from_the_row_id()
    {
        var aggregation = Aggregation("<attribute name='cjp_engagementid' alias='ids' aggregate='countcolumn'/>");
        var rows = Engagements().ToList();
        rows.ForEach(r => r.Attributes.Remove("cjp_engagementid"));

        var row = Assert.Single(FetchAggregator.Aggregate(aggregation, rows).Entities);

        Assert.Equal(6, Value(row, "ids"));
    }

    [Fact]
    public void Fifty_thousand_rows_are_aggregated()
    {
        var aggregation = Aggregation("<attribute name='cjp_engagementid' alias='n' aggregate='count'/>");
        var rows = Enumerable.Repeat(new Entity("cjp_engagement"), 50_000).ToList();

        var row = Assert.Single(FetchAggregator.Aggregate(aggregation, rows).Entities);

        Assert.Equal(50_000, Value(row, "n"));
    }

    [Fact]
    public void Fifty_thousand_and_one_rows_fault_with_AggregateQueryRecordLimit()
    {
        var aggregation = Aggregation("<attribute name='cjp_engagementid' alias='n' aggregate='count'/>");
        var rows = Enumerable.Repeat(new Entity("cjp_engagement"), 50_001).ToList();

        FetchFaultAssert.Throws(
            unchecked((int)0x8004E023),
            "AggregateQueryRecordLimit exceeded. Cannot perform this operation.",
            () => FetchAggregator.Aggregate(aggregation, rows));
    }

    [Fact]
    public void A_query_aggregatelimit_faults_past_its_own_lower_limit()
    {
        var aggregation = Aggregation("<attribute name='cjp_engagementid' alias='n' aggregate='count'/>", " aggregatelimit='5'");

        var fault = FetchFaultAssert.Throws(
            unchecked((int)0x8004E023),
            "the query reads 6 rows and aggregate queries may read 5",
            () => FetchAggregator.Aggregate(aggregation, Engagements()));

        Assert.Contains("Reduce the number of records", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_do_not_share_currency_values_with_the_engine_rows()
    {
        var aggregation = Aggregation("<attribute name='cjp_value' alias='largest' aggregate='max'/>");
        var rows = Engagements();

        var largest = Assert.IsType<Money>(Value(Assert.Single(FetchAggregator.Aggregate(aggregation, rows).Entities), "largest"));
        largest.Value = 0m;

        Assert.Equal(2500.50m, rows[1].GetAttributeValue<Money>("cjp_value")!.Value);
    }

    [Fact]
    public void Results_do_not_share_group_values_with_the_engine_rows()
    {
        var aggregation = Aggregation("<attribute name='cjp_accountid' alias='account' groupby='true'/><attribute name='cjp_engagementid' alias='n' aggregate='count'/>");
        var rows = Engagements();

        var account = Assert.IsType<EntityReference>(Value(FetchAggregator.Aggregate(aggregation, rows).Entities[0], "account"));
        account.Id = Guid.Empty;

        Assert.Equal(Guid.Parse("a0000000-0000-0000-0000-00000000000a"), rows[0].GetAttributeValue<EntityReference>("cjp_accountid")!.Id);
    }
}
