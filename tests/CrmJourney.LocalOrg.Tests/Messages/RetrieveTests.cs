using System;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Messages;

public sealed class RetrieveTests
{
    [Fact]
    public void Retrieving_a_missing_row_faults_with_object_does_not_exist_and_Dataverses_message()
    {
        var org = TestOrganization.Create();
        var id = new Guid("0d5ae8a4-39c3-4b77-a5a4-7bb4f0f8e0d2");

        var fault = Support.Faults.Expect(ErrorCodes.ObjectDoesNotExist, () => org.Retrieve("account", id, new ColumnSet("name")));

        Assert.Equal(unchecked((int)0x80040217), fault.ErrorCode);
        Assert.Equal("account With Id = 0d5ae8a4-39c3-4b77-a5a4-7bb4f0f8e0d2 Does Not Exist", fault.Message);
    }

    [Fact]
    public void Retrieve_returns_only_the_requested_columns_plus_the_id_and_leaves_out_empty_ones()
    {
        var org = TestOrganization.Create();
        var id = org.Create(new Entity("account") { ["name"] = "Contoso", ["telephone1"] = "555-0100" });

        var account = org.Retrieve("account", id, new ColumnSet("name", "accountnumber"));

        Assert.Equal(id, account.Id);
        Assert.Equal(new[] { "accountid", "name" }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.OrderBy(account.Attributes.Keys, key => key)));
        Assert.False(account.Contains("accountnumber"));
        Assert.False(account.Contains("telephone1"));
    }

    [Fact]
    public void A_returned_value_changed_by_the_caller_does_not_change_the_stored_row()
    {
        var org = TestOrganization.Create();
        var id = org.Create(new Entity("cjp_widget") { ["cjp_value"] = new Money(100m), ["cjp_kind"] = new OptionSetValue(573100001) });
        var first = org.Retrieve("cjp_widget", id, new ColumnSet("cjp_value", "cjp_kind"));

        first.GetAttributeValue<Money>("cjp_value")!.Value = 1m;
        first.GetAttributeValue<OptionSetValue>("cjp_kind")!.Value = 573100002;
        var second = org.Retrieve("cjp_widget", id, new ColumnSet("cjp_value", "cjp_kind"));

        Assert.Equal(100m, second.GetAttributeValue<Money>("cjp_value")!.Value);
        Assert.Equal(573100001, second.GetAttributeValue<OptionSetValue>("cjp_kind")!.Value);
    }

    [Fact]
    public void An_entity_changed_by_the_caller_after_create_does_not_change_the_stored_row()
    {
        var org = TestOrganization.Create();
        var accountId = org.Create(new Entity("account") { ["name"] = "Contoso" });
        var reference = new EntityReference("account", accountId);
        var widget = new Entity("cjp_widget") { ["cjp_accountid"] = reference, ["cjp_value"] = new Money(5m) };
        var id = org.Create(widget);

        reference.Id = Guid.NewGuid();
        widget.GetAttributeValue<Money>("cjp_value")!.Value = 7m;
        widget["cjp_name"] = "changed later";

        var stored = org.Retrieve("cjp_widget", id, new ColumnSet("cjp_accountid", "cjp_value", "cjp_name"));
        Assert.Equal(accountId, stored.GetAttributeValue<EntityReference>("cjp_accountid")!.Id);
        Assert.Equal(5m, stored.GetAttributeValue<Money>("cjp_value")!.Value);
        Assert.False(stored.Contains("cjp_name"));
    }

    [Fact]
    public void A_lookup_comes_back_with_the_referenced_rows_primary_name()
    {
        var org = TestOrganization.Create();
        var accountId = org.Create(new Entity("account") { ["name"] = "Contoso" });
        var id = org.Create(new Entity("cjp_widget") { ["cjp_accountid"] = new EntityReference("account", accountId) });

        var reference = org.Retrieve("cjp_widget", id, new ColumnSet("cjp_accountid")).GetAttributeValue<EntityReference>("cjp_accountid");

        Assert.Equal("Contoso", reference!.Name);
    }

    [Fact]
    public void A_row_can_be_retrieved_by_its_alternate_key()
    {
        var org = TestOrganization.Create();
        var id = org.Create(new Entity("cjp_widget") { ["cjp_code"] = "AUDIT", ["cjp_name"] = "Audit" });

        var response = (RetrieveResponse)org.Execute(new RetrieveRequest
        {
            Target = new EntityReference("cjp_widget", "cjp_code", "audit"),
            ColumnSet = new ColumnSet("cjp_name"),
        });

        Assert.Equal(id, response.Entity!.Id);
        Assert.Equal("Audit", response.Entity.GetAttributeValue<string>("cjp_name"));
    }

    [Fact]
    public void Retrieving_an_unknown_column_faults_naming_it()
    {
        var org = TestOrganization.Create();
        var id = org.Create(new Entity("account") { ["name"] = "Contoso" });

        var fault = Support.Faults.Expect(ErrorCodes.QueryBuilderNoAttribute, () => org.Retrieve("account", id, new ColumnSet("nonexistent")));

        Assert.Contains("'nonexistent'", fault.Message);
    }

    [Fact]
    public void Retrieving_from_an_unknown_table_faults_naming_it()
    {
        var org = TestOrganization.Create();

        var fault = Support.Faults.Expect(ErrorCodes.QueryBuilderNoEntity, () => org.Retrieve("cjp_unknown", Guid.NewGuid(), new ColumnSet(true)));

        Assert.Contains("'cjp_unknown'", fault.Message);
    }

    [Fact]
    public void Retrieve_without_a_column_set_faults_because_Dataverse_requires_one()
    {
        var org = TestOrganization.Create();
        var id = org.Create(new Entity("account") { ["name"] = "Contoso" });

        var fault = Support.Faults.Expect(ErrorCodes.InvalidArgument, () => org.Execute(new RetrieveRequest { Target = new EntityReference("account", id) }));

        Assert.Contains("ColumnSet", fault.Message);
    }

    [Fact]
    public void Retrieving_by_an_alternate_key_nobody_holds_faults_with_object_does_not_exist()
    {
        var org = TestOrganization.Create();

        var fault = Support.Faults.Expect(
            ErrorCodes.ObjectDoesNotExist,
            () => org.Execute(new RetrieveRequest { Target = new EntityReference("cjp_widget", "cjp_code", "NOPE"), ColumnSet = new ColumnSet("cjp_name") }));

        Assert.Equal("A record with the specified key values does not exist in cjp_widget entity", fault.Message);
    }
}
