using System;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Querying;

public sealed class ConditionOperatorTests
{
    private readonly WidgetFixture _widgets = new();

    [Theory]
    [InlineData(ConditionOperator.Equal, new[] { "Beta" })]
    [InlineData(ConditionOperator.NotEqual, new[] { "Alpha", "Epsilon", "Gamma" })]
    [InlineData(ConditionOperator.GreaterThan, new[] { "Epsilon", "Gamma" })]
    [InlineData(ConditionOperator.GreaterEqual, new[] { "Beta", "Epsilon", "Gamma" })]
    [InlineData(ConditionOperator.LessThan, new[] { "Alpha" })]
    [InlineData(ConditionOperator.LessEqual, new[] { "Alpha", "Beta" })]
    public void Comparisons_with_five_never_match_the_widget_without_a_count(ConditionOperator op, string[] expected)
    {
        Assert.Equal(expected, _widgets.Names(new ConditionExpression("cjp_count", op, 5)));
    }

    [Fact]
    public void Null_matches_only_the_row_without_a_value_and_NotNull_the_others()
    {
        Assert.Equal(new[] { "delta" }, _widgets.Names(new ConditionExpression("cjp_count", ConditionOperator.Null)));
        Assert.Equal(new[] { "Alpha", "Beta", "Epsilon", "Gamma" }, _widgets.Names(new ConditionExpression("cjp_count", ConditionOperator.NotNull)));
    }

    [Fact]
    public void In_matches_any_listed_choice_and_NotIn_excludes_rows_without_a_value()
    {
        Assert.Equal(new[] { "Alpha", "Epsilon", "delta" }, _widgets.Names(new ConditionExpression("cjp_kind", ConditionOperator.In, WidgetFixture.Choice(0), WidgetFixture.Choice(2))));
        Assert.Equal(new[] { "Beta", "delta" }, _widgets.Names(new ConditionExpression("cjp_kind", ConditionOperator.NotIn, WidgetFixture.Choice(0))));
    }

    [Fact]
    public void A_long_in_list_of_ids_matches_exactly_the_listed_rows_and_not_in_the_others()
    {
        var ids = _widgets.Org.RetrieveMultiple(new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_name") }).Entities
            .ToDictionary(widget => widget.GetAttributeValue<string>("cjp_name")!, widget => widget.Id);
        var listed = Enumerable.Range(1, 30).Select(i => (object)new Guid(i, 0, 0, new byte[8])).Append(ids["Alpha"]).Append(ids["delta"]).ToArray();
        var notIn = new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_name") };
        notIn.Criteria.AddCondition("cjp_widgetid", ConditionOperator.NotIn, listed);
        var inNested = new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_name") };
        inNested.Criteria.AddFilter(LogicalOperator.Or).AddCondition("cjp_widgetid", ConditionOperator.In, listed);

        Assert.Equal(new[] { "Alpha", "delta" }, _widgets.Names(inNested));
        Assert.Equal(new[] { "Beta", "Epsilon", "Gamma" }, _widgets.Names(notIn));
    }

    [Fact]
    public void Like_uses_percent_and_underscore_wildcards_without_regard_to_case()
    {
        Assert.Equal(new[] { "Alpha", "Beta", "Gamma", "delta" }, _widgets.Names(new ConditionExpression("cjp_name", ConditionOperator.Like, "%A")));
        Assert.Equal(new[] { "Beta" }, _widgets.Names(new ConditionExpression("cjp_name", ConditionOperator.Like, "_eta")));
        Assert.Equal(new[] { "Epsilon" }, _widgets.Names(new ConditionExpression("cjp_name", ConditionOperator.NotLike, "%a")));
    }

    [Fact]
    public void BeginsWith_EndsWith_and_Contains_match_their_text_literally_even_when_it_holds_wildcards()
    {
        Assert.Equal(new[] { "delta" }, _widgets.Names(new ConditionExpression("cjp_name", ConditionOperator.BeginsWith, "DEL")));
        Assert.Equal(new[] { "Epsilon" }, _widgets.Names(new ConditionExpression("cjp_name", ConditionOperator.EndsWith, "on")));
        Assert.Equal(new[] { "Gamma" }, _widgets.Names(new ConditionExpression("cjp_code", ConditionOperator.BeginsWith, "C%")));
        Assert.Equal(new[] { "Beta" }, _widgets.Names(new ConditionExpression("cjp_code", ConditionOperator.Contains, "_")));
        Assert.Equal(new[] { "Alpha", "Beta", "Epsilon", "Gamma" }, _widgets.Names(new ConditionExpression("cjp_code", ConditionOperator.Like, "%_%")));
        Assert.Equal(new[] { "Alpha", "Epsilon" }, _widgets.Names(new ConditionExpression("cjp_code", ConditionOperator.Like, "_-%")));
    }

    [Fact]
    public void Between_is_inclusive_at_both_ends_and_NotBetween_excludes_rows_without_a_value()
    {
        Assert.Equal(new[] { "Beta", "Epsilon", "Gamma" }, _widgets.Names(new ConditionExpression("cjp_count", ConditionOperator.Between, 5, 10)));
        Assert.Equal(new[] { "Alpha" }, _widgets.Names(new ConditionExpression("cjp_count", ConditionOperator.NotBetween, 5, 10)));
    }

    [Fact]
    public void On_OnOrBefore_and_OnOrAfter_compare_whole_days()
    {
        Assert.Equal(new[] { "Alpha" }, _widgets.Names(new ConditionExpression("cjp_touchedon", ConditionOperator.On, new DateTime(2026, 11, 22, 23, 0, 0, DateTimeKind.Utc))));
        Assert.Equal(new[] { "Beta", "Epsilon" }, _widgets.Names(new ConditionExpression("cjp_touchedon", ConditionOperator.OnOrBefore, new DateTime(2026, 11, 13, 0, 0, 0, DateTimeKind.Utc))));
        Assert.Equal(new[] { "Gamma", "delta" }, _widgets.Names(new ConditionExpression("cjp_touchedon", ConditionOperator.OnOrAfter, new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc))));
    }

    [Fact]
    public void Today_and_Yesterday_follow_the_organization_clock()
    {
        Assert.Equal(new[] { "Gamma" }, _widgets.Names(new ConditionExpression("cjp_touchedon", ConditionOperator.Today)));
        Assert.Equal(new[] { "Alpha" }, _widgets.Names(new ConditionExpression("cjp_touchedon", ConditionOperator.Yesterday)));
    }

    [Fact]
    public void LastXDays_reaches_back_to_midnight_X_days_ago_and_NextXDays_forward_to_the_end_of_the_Xth_day()
    {
        Assert.Equal(new[] { "Alpha", "Beta", "Gamma" }, _widgets.Names(new ConditionExpression("cjp_touchedon", ConditionOperator.LastXDays, 10)));
        Assert.Equal(new[] { "Alpha", "Gamma" }, _widgets.Names(new ConditionExpression("cjp_touchedon", ConditionOperator.LastXDays, 9)));
        Assert.Equal(new[] { "delta" }, _widgets.Names(new ConditionExpression("cjp_touchedon", ConditionOperator.NextXDays, 3)));
        Assert.Empty(_widgets.Names(new ConditionExpression("cjp_touchedon", ConditionOperator.NextXDays, 1)));
    }

    [Fact]
    public void OlderThanXDays_and_OlderThanXMonths_keep_rows_before_now_minus_the_span()
    {
        Assert.Equal(new[] { "Epsilon" }, _widgets.Names(new ConditionExpression("cjp_touchedon", ConditionOperator.OlderThanXDays, 30)));
        Assert.Equal(new[] { "Beta", "Epsilon" }, _widgets.Names(new ConditionExpression("cjp_touchedon", ConditionOperator.OlderThanXDays, 9)));
        Assert.Equal(new[] { "Epsilon" }, _widgets.Names(new ConditionExpression("cjp_touchedon", ConditionOperator.OlderThanXMonths, 1)));
    }

    [Fact]
    public void ContainValues_matches_a_multi_select_holding_any_listed_value_and_DoesNotContainValues_the_rest()
    {
        Assert.Equal(new[] { "delta" }, _widgets.Names(new ConditionExpression("cjp_stages", ConditionOperator.ContainValues, WidgetFixture.Choice(3))));
        Assert.Equal(new[] { "Alpha", "Beta" }, _widgets.Names(new ConditionExpression("cjp_stages", ConditionOperator.ContainValues, WidgetFixture.Choice(0), WidgetFixture.Choice(2))));
        Assert.Equal(new[] { "Beta", "Epsilon", "Gamma" }, _widgets.Names(new ConditionExpression("cjp_stages", ConditionOperator.DoesNotContainValues, WidgetFixture.Choice(1))));
    }

    [Fact]
    public void Money_and_boolean_conditions_accept_plain_values()
    {
        Assert.Equal(new[] { "Beta" }, _widgets.Names(new ConditionExpression("cjp_value", ConditionOperator.GreaterThan, 20m)));
        Assert.Equal(new[] { "Alpha" }, _widgets.Names(new ConditionExpression("cjp_active", ConditionOperator.Equal, true)));
    }

    [Fact]
    public void Nested_or_inside_and_combines_as_written()
    {
        var query = new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_name") };
        query.Criteria.AddCondition("cjp_touchedon", ConditionOperator.OnOrBefore, new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc));
        var either = query.Criteria.AddFilter(LogicalOperator.Or);
        either.AddCondition("cjp_count", ConditionOperator.Equal, 1);
        either.AddCondition("cjp_count", ConditionOperator.Equal, 7);

        Assert.Equal(new[] { "Alpha", "Epsilon" }, _widgets.Names(query));
    }

    [Fact]
    public void An_unsupported_operator_faults_naming_it_rather_than_answering()
    {
        var fault = Support.Faults.Expect(
            ErrorCodes.NotSupported,
            () => _widgets.Names(new ConditionExpression("cjp_accountid", ConditionOperator.Under, Guid.NewGuid())));

        Assert.Equal("LocalOrg does not support the condition operator 'Under'.", fault.Message);
    }

    [Fact]
    public void A_text_operator_on_a_number_column_faults()
    {
        var fault = Support.Faults.Expect(
            ErrorCodes.QueryBuilderInvalidConditionOperator,
            () => _widgets.Names(new ConditionExpression("cjp_count", ConditionOperator.Like, "1%")));

        Assert.Contains("cjp_widget.cjp_count", fault.Message);
    }

    [Fact]
    public void A_lookup_condition_accepts_the_referenced_id_or_an_entity_reference()
    {
        var accountId = _widgets.Org.Create(new Entity("account") { ["name"] = "Contoso" });
        _widgets.Org.Create(new Entity("cjp_widget") { ["cjp_name"] = "Linked", ["cjp_accountid"] = new EntityReference("account", accountId) });

        Assert.Equal(new[] { "Linked" }, _widgets.Names(new ConditionExpression("cjp_accountid", ConditionOperator.Equal, accountId)));
        Assert.Equal(new[] { "Linked" }, _widgets.Names(new ConditionExpression("cjp_accountid", ConditionOperator.Equal, new EntityReference("account", accountId))));
    }
}
