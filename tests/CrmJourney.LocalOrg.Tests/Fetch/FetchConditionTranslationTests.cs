using System;
using CrmJourney.LocalOrg.Fetch;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Fetch;

public sealed class FetchConditionTranslationTests
{
    private static readonly DateTime _july3 = new(2026, 7, 3, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime _july31 = new(2026, 7, 31, 0, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string, string, ConditionOperator, object[]> Operators => new()
    {
        { "account", "<condition attribute='name' operator='eq' value='Contoso' />", ConditionOperator.Equal, ["Contoso"] },
        { "account", "<condition attribute='cjp_touchpointcount' operator='ne' value='3' />", ConditionOperator.NotEqual, [3] },
        { "account", "<condition attribute='cjp_touchpointcount' operator='neq' value='3' />", ConditionOperator.NotEqual, [3] },
        { "account", "<condition attribute='revenue' operator='gt' value='1000.50' />", ConditionOperator.GreaterThan, [1000.50m] },
        { "account", "<condition attribute='exchangerate' operator='ge' value='1.25' />", ConditionOperator.GreaterEqual, [1.25m] },
        { "account", "<condition attribute='address1_latitude' operator='lt' value='47.6' />", ConditionOperator.LessThan, [47.6d] },
        { "account", "<condition attribute='createdon' operator='le' value='2026-07-03' />", ConditionOperator.LessEqual, [_july3] },
        { "account", "<condition attribute='cjp_lasttouchpointon' operator='null' />", ConditionOperator.Null, [] },
        { "account", "<condition attribute='cjp_lasttouchpointon' operator='not-null' />", ConditionOperator.NotNull, [] },
        { "account", "<condition attribute='cjp_journeystage' operator='in'><value>573100001</value><value>573100002</value></condition>", ConditionOperator.In, [573100001, 573100002] },
        { "account", "<condition attribute='cjp_tier' operator='not-in'><value>573100002</value></condition>", ConditionOperator.NotIn, [573100002] },
        { "account", "<condition attribute='cjp_touchpointcount' operator='between'><value>1</value><value>5</value></condition>", ConditionOperator.Between, [1, 5] },
        { "account", "<condition attribute='createdon' operator='not-between'><value>2026-07-03</value><value>2026-07-31</value></condition>", ConditionOperator.NotBetween, [_july3, _july31] },
        { "account", "<condition attribute='name' operator='like' value='%law%' />", ConditionOperator.Like, ["%law%"] },
        { "account", "<condition attribute='name' operator='not-like' value='%test%' />", ConditionOperator.NotLike, ["%test%"] },
        { "account", "<condition attribute='name' operator='begins-with' value='Con' />", ConditionOperator.BeginsWith, ["Con"] },
        { "account", "<condition attribute='name' operator='not-begin-with' value='Con' />", ConditionOperator.DoesNotBeginWith, ["Con"] },
        { "account", "<condition attribute='name' operator='ends-with' value='Ltd' />", ConditionOperator.EndsWith, ["Ltd"] },
        { "account", "<condition attribute='name' operator='not-end-with' value='Ltd' />", ConditionOperator.DoesNotEndWith, ["Ltd"] },
        { "account", "<condition attribute='cjp_stageenteredon' operator='on' value='2026-07-03' />", ConditionOperator.On, [_july3] },
        { "account", "<condition attribute='cjp_stageenteredon' operator='on-or-before' value='2026-07-03' />", ConditionOperator.OnOrBefore, [_july3] },
        { "account", "<condition attribute='cjp_stageenteredon' operator='on-or-after' value='2026-07-31' />", ConditionOperator.OnOrAfter, [_july31] },
        { "account", "<condition attribute='createdon' operator='today' />", ConditionOperator.Today, [] },
        { "account", "<condition attribute='createdon' operator='yesterday' />", ConditionOperator.Yesterday, [] },
        { "account", "<condition attribute='createdon' operator='tomorrow' />", ConditionOperator.Tomorrow, [] },
        { "account", "<condition attribute='createdon' operator='this-year' />", ConditionOperator.ThisYear, [] },
        { "account", "<condition attribute='cjp_lasttouchpointon' operator='last-x-days' value='30' />", ConditionOperator.LastXDays, [30] },
        { "account", "<condition attribute='cjp_lasttouchpointon' operator='next-x-days' value='7' />", ConditionOperator.NextXDays, [7] },
        { "account", "<condition attribute='cjp_lasttouchpointon' operator='olderthan-x-days' value='180' />", ConditionOperator.OlderThanXDays, [180] },
        { "account", "<condition attribute='cjp_lasttouchpointon' operator='olderthan-x-months' value='6' />", ConditionOperator.OlderThanXMonths, [6] },
        { "account", "<condition attribute='cjp_lasttouchpointon' operator='last-x-months' value='3' />", ConditionOperator.LastXMonths, [3] },
        { "account", "<condition attribute='ownerid' operator='eq-userid' />", ConditionOperator.EqualUserId, [] },
        { "account", "<condition attribute='cjp_relationshippartnerid' operator='ne-userid' />", ConditionOperator.NotEqualUserId, [] },
        { "cjp_nurturerule", "<condition attribute='cjp_stages' operator='contain-values'><value>573100001</value><value>573100003</value></condition>", ConditionOperator.ContainValues, [573100001, 573100003] },
        { "cjp_nurturerule", "<condition attribute='cjp_stages' operator='not-contain-values'><value>573100000</value></condition>", ConditionOperator.DoesNotContainValues, [573100000] },
    };

    private static ConditionExpression TranslateCondition(string table, string condition)
    {
        var fetch = FetchXmlTranslator.Translate(
            $"<fetch><entity name='{table}'><attribute name='{PrimaryId(table)}'/><filter>{condition}</filter></entity></fetch>",
            FetchTestMetadata.Instance);
        return Assert.Single(fetch.Query.Criteria.Conditions);
    }

    private static string PrimaryId(string table) => FetchTestMetadata.Instance.GetPrimaryIdColumn(table)!;

    [Theory]
    [MemberData(nameof(Operators))]
    public void Each_supported_operator_becomes_its_condition_operator_with_typed_values(string table, string condition, ConditionOperator expected, object[] values)
    {
        var translated = TranslateCondition(table, condition);

        Assert.Equal(expected, translated.Operator);
        Assert.Equal(values, translated.Values);
        for (var i = 0; i < values.Length; i++)
        {
            Assert.IsType(values[i].GetType(), translated.Values[i]);
        }
    }

    [Fact]
    public void A_currency_value_is_a_decimal_not_Money_because_Dataverse_refuses_Money_in_conditions()
    {
        var condition = TranslateCondition("account", "<condition attribute='revenue' operator='ge' value='2500.75' />");

        Assert.Equal(2500.75m, Assert.IsType<decimal>(Assert.Single(condition.Values)));
    }

    [Fact]
    public void A_choice_value_is_the_option_number_not_an_OptionSetValue()
    {
        var condition = TranslateCondition("account", "<condition attribute='cjp_journeystage' operator='eq' value='573100003' />");

        Assert.Equal(573100003, Assert.IsType<int>(Assert.Single(condition.Values)));
    }

    [Theory]
    [InlineData("{5C8B5D37-3C1F-4F43-9E43-3D8F0B2F7A10}")]
    [InlineData("5c8b5d37-3c1f-4f43-9e43-3d8f0b2f7a10")]
    public void A_lookup_value_is_the_record_id_with_or_without_braces(string text)
    {
        var condition = TranslateCondition("account", $"<condition attribute='primarycontactid' operator='eq' value='{text}' />");

        Assert.Equal(Guid.Parse("5c8b5d37-3c1f-4f43-9e43-3d8f0b2f7a10"), Assert.IsType<Guid>(Assert.Single(condition.Values)));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("true", true)]
    [InlineData("False", false)]
    public void A_yes_no_value_may_be_written_as_a_digit_or_a_word(string text, bool expected)
    {
        var condition = TranslateCondition("account", $"<condition attribute='creditonhold' operator='eq' value='{text}' />");

        Assert.Equal(expected, Assert.IsType<bool>(Assert.Single(condition.Values)));
    }

    [Fact]
    public void A_date_with_an_offset_is_converted_to_UTC()
    {
        var condition = TranslateCondition("account", "<condition attribute='createdon' operator='ge' value='2026-07-03T14:30:00+02:00' />");

        var value = Assert.IsType<DateTime>(Assert.Single(condition.Values));
        Assert.Equal(new DateTime(2026, 7, 3, 12, 30, 0, DateTimeKind.Utc), value);
        Assert.Equal(DateTimeKind.Utc, value.Kind);
    }

    [Fact]
    public void A_date_without_an_offset_is_taken_as_UTC()
    {
        var condition = TranslateCondition("account", "<condition attribute='createdon' operator='ge' value='2026-07-03T14:30:00' />");

        var value = Assert.IsType<DateTime>(Assert.Single(condition.Values));
        Assert.Equal(new DateTime(2026, 7, 3, 14, 30, 0, DateTimeKind.Utc), value);
        Assert.Equal(DateTimeKind.Utc, value.Kind);
    }

    [Fact]
    public void A_text_value_is_kept_exactly_as_written()
    {
        var condition = TranslateCondition("account", "<condition attribute='name' operator='eq' value=' Fabrikam &amp; Sons ' />");

        Assert.Equal(" Fabrikam & Sons ", Assert.Single(condition.Values));
    }

    [Fact]
    public void A_single_value_may_also_be_given_as_a_value_element()
    {
        var condition = TranslateCondition("account", "<condition attribute='cjp_touchpointcount' operator='gt'><value>4</value></condition>");

        Assert.Equal(4, Assert.Single(condition.Values));
    }

    [Fact]
    public void A_condition_inside_a_link_entity_is_typed_by_the_linked_table_columns()
    {
        var fetch = FetchXmlTranslator.Translate(
            """
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <link-entity name="cjp_engagement" from="cjp_accountid" to="accountid" alias="eng">
                  <filter><condition attribute="cjp_value" operator="gt" value="100" /></filter>
                </link-entity>
              </entity>
            </fetch>
            """,
            FetchTestMetadata.Instance);

        var condition = Assert.Single(Assert.Single(fetch.Query.LinkEntities).LinkCriteria.Conditions);
        Assert.Equal(100m, Assert.IsType<decimal>(Assert.Single(condition.Values)));
    }

    [Fact]
    public void A_main_filter_condition_on_a_link_entity_column_is_typed_by_the_linked_table()
    {
        var fetch = FetchXmlTranslator.Translate(
            """
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <filter><condition entityname="eng" attribute="cjp_satisfaction" operator="ge" value="4" /></filter>
                <link-entity name="cjp_engagement" from="cjp_accountid" to="accountid" alias="eng" link-type="outer" />
              </entity>
            </fetch>
            """,
            FetchTestMetadata.Instance);

        var condition = Assert.Single(fetch.Query.Criteria.Conditions);
        Assert.Equal("eng", condition.EntityName);
        Assert.Equal(4, Assert.IsType<int>(Assert.Single(condition.Values)));
    }
}
