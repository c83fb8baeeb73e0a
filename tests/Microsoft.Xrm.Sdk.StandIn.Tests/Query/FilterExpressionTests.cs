using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.StandIn.Tests.Query;

public sealed class FilterExpressionTests
{
    [Fact]
    public void A_condition_with_one_value_holds_exactly_that_value()
    {
        var condition = new ConditionExpression("statecode", ConditionOperator.Equal, 0);

        Assert.Equal("statecode", condition.AttributeName);
        Assert.Equal(ConditionOperator.Equal, condition.Operator);
        Assert.Equal(new object[] { 0 }, condition.Values.ToArray());
        Assert.Null(condition.EntityName);
    }

    [Fact]
    public void A_condition_with_several_values_or_a_collection_holds_them_all()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();

        var fromParams = new ConditionExpression("accountid", ConditionOperator.In, a, b);
        var fromCollection = new ConditionExpression("accountid", ConditionOperator.In, new List<Guid> { a, b });

        Assert.Equal(new object[] { a, b }, fromParams.Values.ToArray());
        Assert.Equal(new object[] { a, b }, fromCollection.Values.ToArray());
    }

    [Fact]
    public void A_condition_without_a_value_has_no_values()
    {
        Assert.Empty(new ConditionExpression("cjp_lasttouchpointon", ConditionOperator.Null).Values);
    }

    [Fact]
    public void A_condition_on_a_linked_table_names_its_alias()
    {
        var condition = new ConditionExpression("acc", "cjp_journeystage", ConditionOperator.Equal, 573100002);

        Assert.Equal("acc", condition.EntityName);
        Assert.Equal("cjp_journeystage", condition.AttributeName);
        Assert.Equal(new object[] { 573100002 }, condition.Values.ToArray());
    }

    [Fact]
    public void AddCondition_and_AddFilter_build_the_tree()
    {
        var filter = new FilterExpression();

        filter.AddCondition("statecode", ConditionOperator.Equal, 0);
        var either = filter.AddFilter(LogicalOperator.Or);
        either.AddCondition("cjp_tier", ConditionOperator.Equal, 573100000);
        either.AddCondition("cjp_tier", ConditionOperator.Equal, 573100001);

        Assert.Equal(LogicalOperator.And, filter.FilterOperator);
        Assert.Single(filter.Conditions);
        Assert.Same(either, Assert.Single(filter.Filters));
        Assert.Equal(LogicalOperator.Or, either.FilterOperator);
        Assert.Equal(2, either.Conditions.Count);
    }

    [Fact]
    public void Condition_operators_keep_the_real_SDK_numbers()
    {
        Assert.Equal(8, (int)ConditionOperator.In);
        Assert.Equal(12, (int)ConditionOperator.Null);
        Assert.Equal(54, (int)ConditionOperator.BeginsWith);
        Assert.Equal(78, (int)ConditionOperator.Above);
    }
}
