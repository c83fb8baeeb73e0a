using System;
using System.Linq;
using CrmJourney.LocalOrg.Fetch;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Fetch;

public sealed class FetchXmlTranslatorTests
{
    private static FetchXmlQuery Translate(string fetchXml) => FetchXmlTranslator.Translate(fetchXml, FetchTestMetadata.Instance);

    [Fact]
    public void The_entity_and_its_attributes_become_the_query_table_and_columns_in_document_order()
    {
        var fetch = Translate("""
            <fetch version="1.0" output-format="xml-platform" mapping="logical">
              <entity name="account">
                <attribute name="name" />
                <attribute name="cjp_journeystage" />
                <attribute name="accountid" />
              </entity>
            </fetch>
            """);

        Assert.Equal("account", fetch.Query.EntityName);
        Assert.Equal(["name", "cjp_journeystage", "accountid"], fetch.Query.ColumnSet.Columns);
        Assert.False(fetch.Query.ColumnSet.AllColumns);
        Assert.Null(fetch.Aggregation);
        Assert.False(fetch.IsAggregate);
    }

    [Fact]
    public void An_attribute_named_twice_is_selected_once()
    {
        var fetch = Translate("<fetch><entity name='account'><attribute name='name'/><attribute name='name'/></entity></fetch>");

        Assert.Equal(["name"], fetch.Query.ColumnSet.Columns);
    }

    [Fact]
    public void An_entity_that_names_no_columns_returns_all_columns_as_in_Dataverse()
    {
        var fetch = Translate("<fetch><entity name='account'><filter><condition attribute='name' operator='not-null'/></filter></entity></fetch>");

        Assert.True(fetch.Query.ColumnSet.AllColumns);
    }

    [Fact]
    public void All_attributes_selects_every_column()
    {
        var fetch = Translate("<fetch><entity name='account'><all-attributes/></entity></fetch>");

        Assert.True(fetch.Query.ColumnSet.AllColumns);
    }

    [Fact]
    public void No_attrs_selects_no_column()
    {
        var fetch = Translate("<fetch><entity name='account'><no-attrs/></entity></fetch>");

        Assert.False(fetch.Query.ColumnSet.AllColumns);
        Assert.Empty(fetch.Query.ColumnSet.Columns);
    }

    [Fact]
    public void Top_sets_the_query_top_count_and_leaves_paging_at_its_defaults()
    {
        var fetch = Translate("<fetch top='25'><entity name='account'><attribute name='name'/></entity></fetch>");

        Assert.Equal(25, fetch.Query.TopCount);
        Assert.Equal(25, fetch.Top);
        Assert.Null(fetch.Paging);
        Assert.Equal(0, fetch.Query.PageInfo.PageNumber);
        Assert.Equal(0, fetch.Query.PageInfo.Count);
    }

    [Fact]
    public void Top_of_five_thousand_is_the_largest_accepted()
    {
        var fetch = Translate("<fetch top='5000'><entity name='account'><attribute name='name'/></entity></fetch>");

        Assert.Equal(5000, fetch.Query.TopCount);
    }

    [Fact]
    public void Distinct_and_no_lock_carry_over_to_the_query()
    {
        var fetch = Translate("<fetch distinct='true' no-lock='true'><entity name='account'><attribute name='name'/></entity></fetch>");

        Assert.True(fetch.Query.Distinct);
        Assert.True(fetch.Distinct);
        Assert.True(fetch.Query.NoLock);
    }

    [Fact]
    public void Distinct_false_keeps_duplicates()
    {
        var fetch = Translate("<fetch distinct='false'><entity name='account'><attribute name='name'/></entity></fetch>");

        Assert.False(fetch.Query.Distinct);
        Assert.False(fetch.Distinct);
    }

    [Fact]
    public void Page_and_count_become_the_page_number_and_page_size()
    {
        var fetch = Translate("<fetch page='3' count='50'><entity name='account'><attribute name='name'/></entity></fetch>");

        Assert.Equal(3, fetch.Query.PageInfo.PageNumber);
        Assert.Equal(50, fetch.Query.PageInfo.Count);
        Assert.Null(fetch.Query.PageInfo.PagingCookie);
        Assert.Equal(new FetchPaging(3, 50, null), fetch.Paging);
        Assert.Null(fetch.Query.TopCount);
    }

    [Fact]
    public void Count_without_page_asks_for_the_first_page()
    {
        var fetch = Translate("<fetch count='10'><entity name='account'><attribute name='name'/></entity></fetch>");

        Assert.Equal(1, fetch.Query.PageInfo.PageNumber);
        Assert.Equal(10, fetch.Query.PageInfo.Count);
    }

    [Fact]
    public void The_paging_cookie_is_passed_on_unescaped_as_Dataverse_returned_it()
    {
        // As the Dataverse paging documentation shows: the cookie XML-escaped inside the attribute.
        var fetch = Translate("""
            <fetch count='3' page='2' paging-cookie='&lt;cookie page="1"&gt;&lt;accountid last="{70BF4D48-34CB-ED11-B596-0022481D68CD}" first="{49B0BE2E-D01C-ED11-B83E-000D3A572421}" /&gt;&lt;/cookie&gt;'>
              <entity name='account'><attribute name='name'/></entity>
            </fetch>
            """);

        const string Cookie = "<cookie page=\"1\"><accountid last=\"{70BF4D48-34CB-ED11-B596-0022481D68CD}\" first=\"{49B0BE2E-D01C-ED11-B83E-000D3A572421}\" /></cookie>";
        Assert.Equal(Cookie, fetch.Query.PageInfo.PagingCookie);
        Assert.Equal(Cookie, fetch.Paging!.PagingCookie);
        Assert.Equal(2, fetch.Query.PageInfo.PageNumber);
    }

    [Fact]
    public void Returntotalrecordcount_asks_the_engine_for_the_total()
    {
        var fetch = Translate("<fetch returntotalrecordcount='true'><entity name='account'><attribute name='name'/></entity></fetch>");

        Assert.True(fetch.Query.PageInfo.ReturnTotalRecordCount);
        Assert.True(fetch.ReturnTotalRecordCount);
    }

    [Fact]
    public void Booleans_may_be_written_one_and_zero()
    {
        var fetch = Translate("<fetch distinct='1' returntotalrecordcount='0'><entity name='account'><attribute name='name'/></entity></fetch>");

        Assert.True(fetch.Query.Distinct);
        Assert.False(fetch.Query.PageInfo.ReturnTotalRecordCount);
    }

    [Fact]
    public void A_filter_becomes_the_criteria_with_its_logical_operator()
    {
        var fetch = Translate("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <filter type="or">
                  <condition attribute="cjp_journeystage" operator="eq" value="573100001" />
                  <condition attribute="cjp_journeystage" operator="eq" value="573100002" />
                </filter>
              </entity>
            </fetch>
            """);

        var criteria = fetch.Query.Criteria;
        Assert.Equal(LogicalOperator.Or, criteria.FilterOperator);
        Assert.Equal(2, criteria.Conditions.Count);
        Assert.All(criteria.Conditions, c => Assert.Equal(ConditionOperator.Equal, c.Operator));
        Assert.Equal(573100001, Assert.Single(criteria.Conditions[0].Values));
        Assert.Equal(573100002, Assert.Single(criteria.Conditions[1].Values));
        Assert.Empty(criteria.Filters);
    }

    [Fact]
    public void A_filter_without_type_is_an_and_filter()
    {
        var fetch = Translate("<fetch><entity name='account'><attribute name='name'/><filter><condition attribute='name' operator='null'/></filter></entity></fetch>");

        Assert.Equal(LogicalOperator.And, fetch.Query.Criteria.FilterOperator);
    }

    [Fact]
    public void Nested_filters_keep_their_nesting_and_operators()
    {
        var fetch = Translate("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <filter type="and">
                  <condition attribute="statecode" operator="eq" value="0" />
                  <filter type="or">
                    <condition attribute="cjp_lasttouchpointon" operator="olderthan-x-days" value="180" />
                    <filter type="and">
                      <condition attribute="cjp_lasttouchpointon" operator="null" />
                      <condition attribute="cjp_touchpointcount" operator="eq" value="0" />
                    </filter>
                  </filter>
                </filter>
              </entity>
            </fetch>
            """);

        var root = fetch.Query.Criteria;
        Assert.Equal(LogicalOperator.And, root.FilterOperator);
        Assert.Equal("statecode", Assert.Single(root.Conditions).AttributeName);
        var or = Assert.Single(root.Filters);
        Assert.Equal(LogicalOperator.Or, or.FilterOperator);
        Assert.Equal(ConditionOperator.OlderThanXDays, Assert.Single(or.Conditions).Operator);
        var inner = Assert.Single(or.Filters);
        Assert.Equal(LogicalOperator.And, inner.FilterOperator);
        Assert.Equal([ConditionOperator.Null, ConditionOperator.Equal], inner.Conditions.Select(c => c.Operator));
    }

    [Fact]
    public void Two_filters_of_one_entity_are_both_required()
    {
        var fetch = Translate("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <filter type="or"><condition attribute="name" operator="like" value="A%" /></filter>
                <filter type="or"><condition attribute="statecode" operator="eq" value="0" /></filter>
              </entity>
            </fetch>
            """);

        var root = fetch.Query.Criteria;
        Assert.Equal(LogicalOperator.And, root.FilterOperator);
        Assert.Empty(root.Conditions);
        Assert.Equal(2, root.Filters.Count);
        Assert.All(root.Filters, f => Assert.Equal(LogicalOperator.Or, f.FilterOperator));
    }

    [Fact]
    public void Orders_keep_their_direction_and_sequence_and_ascending_is_the_default()
    {
        var fetch = Translate("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <order attribute="cjp_completedengagementcount" descending="true" />
                <order attribute="name" />
                <order attribute="createdon" descending="false" />
              </entity>
            </fetch>
            """);

        Assert.Equal(
            [("cjp_completedengagementcount", OrderType.Descending), ("name", OrderType.Ascending), ("createdon", OrderType.Ascending)],
            fetch.Query.Orders.Select(o => (o.AttributeName!, o.OrderType)));
        Assert.All(fetch.Query.Orders, o => Assert.Null(o.EntityName));
    }

    [Fact]
    public void A_link_entity_joins_its_from_column_to_the_parent_to_column_with_its_alias()
    {
        var fetch = Translate("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <link-entity name="contact" from="contactid" to="primarycontactid" link-type="inner" alias="pc">
                  <attribute name="fullname" />
                </link-entity>
              </entity>
            </fetch>
            """);

        var link = Assert.Single(fetch.Query.LinkEntities);
        Assert.Equal("account", link.LinkFromEntityName);
        Assert.Equal("primarycontactid", link.LinkFromAttributeName);
        Assert.Equal("contact", link.LinkToEntityName);
        Assert.Equal("contactid", link.LinkToAttributeName);
        Assert.Equal(JoinOperator.Inner, link.JoinOperator);
        Assert.Equal("pc", link.EntityAlias);
        Assert.Equal(["fullname"], link.Columns.Columns);
        Assert.Equal(["name"], fetch.Query.ColumnSet.Columns);
    }

    [Fact]
    public void A_link_entity_without_link_type_is_an_inner_join_and_outer_is_a_left_outer_join()
    {
        var fetch = Translate("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <link-entity name="contact" from="contactid" to="primarycontactid" alias="pc" />
                <link-entity name="systemuser" from="systemuserid" to="cjp_relationshippartnerid" link-type="outer" alias="partner" visible="false" />
              </entity>
            </fetch>
            """);

        Assert.Equal([JoinOperator.Inner, JoinOperator.LeftOuter], fetch.Query.LinkEntities.Select(l => l.JoinOperator));
    }

    [Fact]
    public void A_link_entity_without_attributes_returns_no_columns_of_the_linked_table()
    {
        var fetch = Translate("<fetch><entity name='account'><attribute name='name'/><link-entity name='contact' from='contactid' to='primarycontactid' alias='pc'/></entity></fetch>");

        var link = Assert.Single(fetch.Query.LinkEntities);
        Assert.False(link.Columns.AllColumns);
        Assert.Empty(link.Columns.Columns);
    }

    [Fact]
    public void An_unaliased_many_to_one_link_entity_is_named_after_its_table()
    {
        // from is the linked table's primary key: many accounts point at one contact.
        var fetch = Translate("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <link-entity name="contact" from="contactid" to="primarycontactid" />
                <link-entity name="systemuser" from="systemuserid" to="cjp_relationshippartnerid" />
              </entity>
            </fetch>
            """);

        Assert.Equal(["contact", "systemuser"], fetch.Query.LinkEntities.Select(l => l.EntityAlias));
    }

    [Fact]
    public void An_unaliased_one_to_many_link_entity_is_named_after_its_table_and_the_count_of_its_table_links()
    {
        // from is a lookup of the linked table: one account has many engagements.
        var fetch = Translate("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <link-entity name="cjp_engagement" from="cjp_accountid" to="accountid" />
                <link-entity name="contact" from="parentcustomerid" to="accountid" link-type="outer" />
                <link-entity name="cjp_engagement" from="cjp_accountid" to="accountid" link-type="outer" />
              </entity>
            </fetch>
            """);

        Assert.Equal(["cjp_engagement1", "contact1", "cjp_engagement2"], fetch.Query.LinkEntities.Select(l => l.EntityAlias));
    }

    [Fact]
    public void A_second_unaliased_many_to_one_link_to_one_table_is_numbered()
    {
        var fetch = Translate("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <link-entity name="systemuser" from="systemuserid" to="ownerid" />
                <link-entity name="contact" from="parentcustomerid" to="accountid" link-type="outer" />
                <link-entity name="systemuser" from="systemuserid" to="cjp_relationshippartnerid" />
              </entity>
            </fetch>
            """);

        Assert.Equal(["systemuser", "contact1", "systemuser2"], fetch.Query.LinkEntities.Select(l => l.EntityAlias));
    }

    [Fact]
    public void Nested_link_entities_join_from_their_parent_link_table()
    {
        var fetch = Translate("""
            <fetch>
              <entity name="cjp_engagement">
                <attribute name="cjp_name" />
                <link-entity name="account" from="accountid" to="cjp_accountid" alias="acc">
                  <attribute name="name" />
                  <link-entity name="systemuser" from="systemuserid" to="cjp_relationshippartnerid" alias="partner" link-type="outer">
                    <attribute name="fullname" />
                  </link-entity>
                </link-entity>
              </entity>
            </fetch>
            """);

        var account = Assert.Single(fetch.Query.LinkEntities);
        var partner = Assert.Single(account.LinkEntities);
        Assert.Equal("account", partner.LinkFromEntityName);
        Assert.Equal("cjp_relationshippartnerid", partner.LinkFromAttributeName);
        Assert.Equal("systemuser", partner.LinkToEntityName);
        Assert.Equal("systemuserid", partner.LinkToAttributeName);
        Assert.Equal("partner", partner.EntityAlias);
        Assert.Equal(JoinOperator.LeftOuter, partner.JoinOperator);
        Assert.Equal(["fullname"], partner.Columns.Columns);
    }

    [Fact]
    public void A_many_to_many_join_goes_through_the_intersect_table()
    {
        // The Dataverse documentation's users-and-their-teams example.
        var fetch = Translate("""
            <fetch>
              <entity name="systemuser">
                <attribute name="fullname" />
                <link-entity name="teammembership" from="systemuserid" to="systemuserid" intersect="true">
                  <link-entity name="team" from="teamid" to="teamid" link-type="inner" alias="team">
                    <attribute name="name" />
                  </link-entity>
                </link-entity>
              </entity>
            </fetch>
            """);

        var membership = Assert.Single(fetch.Query.LinkEntities);
        Assert.Equal(("systemuser", "systemuserid", "teammembership", "systemuserid"), (membership.LinkFromEntityName, membership.LinkFromAttributeName, membership.LinkToEntityName, membership.LinkToAttributeName));
        Assert.Equal("teammembership1", membership.EntityAlias);
        Assert.Empty(membership.Columns.Columns);
        var team = Assert.Single(membership.LinkEntities);
        Assert.Equal(("teammembership", "teamid", "team", "teamid"), (team.LinkFromEntityName, team.LinkFromAttributeName, team.LinkToEntityName, team.LinkToAttributeName));
        Assert.Equal(["name"], team.Columns.Columns);
    }

    [Fact]
    public void All_attributes_inside_a_link_entity_returns_every_column_of_the_linked_table_only()
    {
        var fetch = Translate("<fetch><entity name='account'><attribute name='name'/><link-entity name='contact' from='contactid' to='primarycontactid' alias='pc'><all-attributes/></link-entity></entity></fetch>");

        Assert.True(Assert.Single(fetch.Query.LinkEntities).Columns.AllColumns);
        Assert.False(fetch.Query.ColumnSet.AllColumns);
    }

    [Fact]
    public void A_link_entity_filter_and_order_go_to_the_link_not_to_the_main_query()
    {
        var fetch = Translate("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <link-entity name="cjp_engagement" from="cjp_accountid" to="accountid" alias="eng">
                  <attribute name="cjp_name" />
                  <filter type="and">
                    <condition attribute="cjp_status" operator="eq" value="573100001" />
                  </filter>
                  <order attribute="cjp_startedon" descending="true" />
                </link-entity>
              </entity>
            </fetch>
            """);

        var link = Assert.Single(fetch.Query.LinkEntities);
        var condition = Assert.Single(link.LinkCriteria.Conditions);
        Assert.Equal("cjp_status", condition.AttributeName);
        Assert.Null(condition.EntityName);
        Assert.Equal(573100001, Assert.Single(condition.Values));
        var order = Assert.Single(link.Orders);
        Assert.Equal(("cjp_startedon", OrderType.Descending), (order.AttributeName, order.OrderType));
        Assert.Empty(fetch.Query.Criteria.Conditions);
        Assert.Empty(fetch.Query.Orders);
    }

    [Fact]
    public void A_link_entity_that_gives_only_to_joins_on_the_linked_table_primary_key()
    {
        var fetch = Translate("<fetch><entity name='account'><attribute name='name'/><link-entity name='contact' to='primarycontactid' alias='pc'/></entity></fetch>");

        var link = Assert.Single(fetch.Query.LinkEntities);
        Assert.Equal("contactid", link.LinkToAttributeName);
        Assert.Equal("primarycontactid", link.LinkFromAttributeName);
    }

    [Fact]
    public void A_link_entity_that_gives_only_from_joins_on_the_parent_primary_key()
    {
        var fetch = Translate("<fetch><entity name='account'><attribute name='name'/><link-entity name='cjp_engagement' from='cjp_accountid' alias='eng'/></entity></fetch>");

        var link = Assert.Single(fetch.Query.LinkEntities);
        Assert.Equal("cjp_accountid", link.LinkToAttributeName);
        Assert.Equal("accountid", link.LinkFromAttributeName);
    }

    [Fact]
    public void A_main_filter_condition_with_entityname_points_at_a_link_entity_declared_after_it()
    {
        var fetch = Translate("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <filter type="or">
                  <condition attribute="name" operator="begins-with" value="A" />
                  <condition entityname="pc" attribute="fullname" operator="begins-with" value="A" />
                </filter>
                <link-entity name="contact" from="contactid" to="primarycontactid" link-type="outer" alias="pc" />
              </entity>
            </fetch>
            """);

        var conditions = fetch.Query.Criteria.Conditions;
        Assert.Null(conditions[0].EntityName);
        Assert.Equal("pc", conditions[1].EntityName);
        Assert.Equal("fullname", conditions[1].AttributeName);
        Assert.Equal(ConditionOperator.BeginsWith, conditions[1].Operator);
    }

    [Fact]
    public void Entityname_may_name_the_table_of_an_unaliased_link_entity()
    {
        var fetch = Translate("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <filter><condition entityname="contact" attribute="fullname" operator="null" /></filter>
                <link-entity name="contact" from="parentcustomerid" to="accountid" link-type="outer" />
              </entity>
            </fetch>
            """);

        Assert.Equal("contact1", Assert.Single(fetch.Query.Criteria.Conditions).EntityName);
    }

    [Fact]
    public void A_main_entity_order_with_entityname_sorts_by_a_link_entity_column()
    {
        var fetch = Translate("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <order entityname="pc" attribute="fullname" descending="true" />
                <link-entity name="contact" from="contactid" to="primarycontactid" alias="pc" />
              </entity>
            </fetch>
            """);

        var order = Assert.Single(fetch.Query.Orders);
        Assert.Equal(("pc", "fullname", OrderType.Descending), (order.EntityName, order.AttributeName, order.OrderType));
    }

    [Fact]
    public void Advanced_find_ui_attributes_and_query_tool_namespaces_are_ignored()
    {
        var id = Guid.Parse("5c8b5d37-3c1f-4f43-9e43-3d8f0b2f7a10");
        var fetch = Translate($$"""
            <fetch xmlns:generator="MarkMpn.SQL4CDS" version="1.0" mapping="logical" latematerialize="true">
              <entity name="account">
                <attribute name="name" />
                <filter type="and">
                  <condition attribute="ownerid" operator="eq" uiname="Ana Pop" uitype="systemuser" value="{{{id}}}" />
                  <condition attribute="parentaccountid" operator="in">
                    <value uiname="Contoso" uitype="account">{{id}}</value>
                  </condition>
                </filter>
              </entity>
            </fetch>
            """);

        Assert.Equal(id, Assert.Single(fetch.Query.Criteria.Conditions[0].Values));
        Assert.Equal(id, Assert.Single(fetch.Query.Criteria.Conditions[1].Values));
    }

    [Fact]
    public void Quick_find_filters_are_marked_as_such()
    {
        var fetch = Translate("<fetch><entity name='account'><attribute name='name'/><filter type='or' isquickfindfields='1'><condition attribute='name' operator='like' value='con%'/></filter></entity></fetch>");

        Assert.True(fetch.Query.Criteria.IsQuickFindFilter);
    }

    [Fact]
    public void Each_translation_builds_a_new_query()
    {
        const string FetchXml = "<fetch><entity name='account'><attribute name='name'/></entity></fetch>";

        var first = Translate(FetchXml);
        var second = Translate(FetchXml);

        Assert.NotSame(first.Query, second.Query);
        first.Query.ColumnSet.AddColumn("statecode");
        Assert.Equal(["name"], second.Query.ColumnSet.Columns);
    }
}
