using System.Linq;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Querying;

public sealed class LinkEntityTests
{
    private readonly LocalOrganization _org = TestOrganization.Create();

    [Fact]
    public void An_inner_join_keeps_only_rows_with_a_match_and_returns_linked_columns_as_aliased_values()
    {
        var contoso = _org.Create(new Entity("account") { ["name"] = "Contoso", ["telephone1"] = "555-0100" });
        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "Linked", ["cjp_accountid"] = new EntityReference("account", contoso) });
        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "Orphan" });
        var query = new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_name") };
        var link = query.AddLink("account", "cjp_accountid", "accountid");
        link.EntityAlias = "acc";
        link.Columns = new ColumnSet("name", "telephone1");

        var rows = _org.RetrieveMultiple(query).Entities;

        var row = Assert.Single(rows);
        Assert.Equal("Linked", row.GetAttributeValue<string>("cjp_name"));
        var aliased = row.GetAttributeValue<AliasedValue>("acc.name");
        Assert.Equal("Contoso", aliased!.Value);
        Assert.Equal("account", aliased.EntityLogicalName);
        Assert.Equal("name", aliased.AttributeLogicalName);
        Assert.Equal("555-0100", row.GetAttributeValue<AliasedValue>("acc.telephone1")!.Value);
    }

    [Fact]
    public void An_outer_join_keeps_rows_without_a_match_and_gives_them_no_linked_columns()
    {
        var contoso = _org.Create(new Entity("account") { ["name"] = "Contoso" });
        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "Linked", ["cjp_accountid"] = new EntityReference("account", contoso) });
        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "Orphan" });
        var query = new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_name") };
        query.AddOrder("cjp_name", OrderType.Ascending);
        var link = query.AddLink("account", "cjp_accountid", "accountid", JoinOperator.LeftOuter);
        link.EntityAlias = "acc";
        link.Columns = new ColumnSet("name");

        var rows = _org.RetrieveMultiple(query).Entities;

        Assert.Equal(new[] { "Linked", "Orphan" }, rows.Select(row => row.GetAttributeValue<string>("cjp_name")));
        Assert.True(rows[0].Contains("acc.name"));
        Assert.False(rows[1].Contains("acc.name"));
    }

    [Fact]
    public void Link_criteria_filter_the_linked_rows_and_a_one_to_many_link_yields_one_row_per_match()
    {
        var contoso = _org.Create(new Entity("account") { ["name"] = "Contoso" });
        var fabrikam = _org.Create(new Entity("account") { ["name"] = "Fabrikam" });
        _org.Create(new Entity("contact") { ["fullname"] = "Ann", ["jobtitle"] = "Partner", ["parentcustomerid"] = new EntityReference("account", contoso) });
        _org.Create(new Entity("contact") { ["fullname"] = "Bob", ["jobtitle"] = "Partner", ["parentcustomerid"] = new EntityReference("account", contoso) });
        _org.Create(new Entity("contact") { ["fullname"] = "Cid", ["jobtitle"] = "Clerk", ["parentcustomerid"] = new EntityReference("account", fabrikam) });
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        var link = query.AddLink("contact", "accountid", "parentcustomerid");
        link.EntityAlias = "c";
        link.Columns = new ColumnSet("fullname");
        link.LinkCriteria.AddCondition("jobtitle", ConditionOperator.Equal, "partner");
        link.Orders.Add(new OrderExpression("fullname", OrderType.Descending));

        var rows = _org.RetrieveMultiple(query).Entities;

        Assert.Equal(new[] { "Contoso/Bob", "Contoso/Ann" }, rows.Select(row => row.GetAttributeValue<string>("name") + "/" + row.GetAttributeValue<AliasedValue>("c.fullname")!.Value));
    }

    [Fact]
    public void A_main_filter_condition_can_name_a_link_alias_and_orders_can_use_linked_columns()
    {
        var contoso = _org.Create(new Entity("account") { ["name"] = "Contoso", ["address1_city"] = "Oslo" });
        var fabrikam = _org.Create(new Entity("account") { ["name"] = "Fabrikam", ["address1_city"] = "Bergen" });
        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "One", ["cjp_accountid"] = new EntityReference("account", contoso) });
        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "Two", ["cjp_accountid"] = new EntityReference("account", fabrikam) });
        var query = new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_name") };
        var link = query.AddLink("account", "cjp_accountid", "accountid", JoinOperator.LeftOuter);
        link.EntityAlias = "acc";
        query.Criteria.AddCondition("acc", "address1_city", ConditionOperator.NotNull);
        query.Orders.Add(new OrderExpression("address1_city", OrderType.Ascending) { EntityName = "acc" });

        var rows = _org.RetrieveMultiple(query).Entities;

        Assert.Equal(new[] { "Two", "One" }, rows.Select(row => row.GetAttributeValue<string>("cjp_name")));
    }
}
