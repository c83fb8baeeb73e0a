using System;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Messages;

public sealed class UpdateTests
{
    [Fact]
    public void Update_writes_the_given_columns_and_stamps_modified_on_and_by_leaving_created_on_alone()
    {
        var clock = new TestClock(TestOrganization.Start);
        var org = TestOrganization.Create(clock);
        var id = org.Create(new Entity("account") { ["name"] = "Contoso", ["telephone1"] = "555-0100" });
        clock.Advance(TimeSpan.FromHours(2));
        var user = org.Create(new Entity("systemuser") { ["fullname"] = "Dana Partner" });

        org.CreateOrganizationService(user).Update(new Entity("account", id) { ["name"] = "Contoso Ltd" });

        var account = org.Retrieve("account", id, new ColumnSet("name", "telephone1", "createdon", "modifiedon", "modifiedby"));
        Assert.Equal("Contoso Ltd", account.GetAttributeValue<string>("name"));
        Assert.Equal("555-0100", account.GetAttributeValue<string>("telephone1"));
        Assert.Equal(TestOrganization.Start, account.GetAttributeValue<DateTime>("createdon"));
        Assert.Equal(TestOrganization.Start.AddHours(2), account.GetAttributeValue<DateTime>("modifiedon"));
        Assert.Equal(user, account.GetAttributeValue<EntityReference>("modifiedby")!.Id);
    }

    [Fact]
    public void Updating_a_missing_row_faults_with_object_does_not_exist()
    {
        var org = TestOrganization.Create();
        var id = Guid.NewGuid();

        var fault = Support.Faults.Expect(ErrorCodes.ObjectDoesNotExist, () => org.Update(new Entity("account", id) { ["name"] = "Ghost" }));

        Assert.Equal($"account With Id = {id:D} Does Not Exist", fault.Message);
    }

    [Fact]
    public void Setting_a_column_to_null_clears_it_so_it_is_no_longer_returned()
    {
        var org = TestOrganization.Create();
        var id = org.Create(new Entity("account") { ["name"] = "Contoso", ["telephone1"] = "555-0100" });

        org.Update(new Entity("account", id) { ["telephone1"] = null });

        Assert.False(org.Retrieve("account", id, new ColumnSet("telephone1")).Contains("telephone1"));
    }

    [Fact]
    public void Update_can_find_the_row_by_its_alternate_key()
    {
        var org = TestOrganization.Create();
        var id = org.Create(new Entity("cjp_widget") { ["cjp_code"] = "TAX", ["cjp_count"] = 1 });

        org.Update(new Entity("cjp_widget", "cjp_code", "TAX") { ["cjp_count"] = 2 });

        Assert.Equal(2, org.Retrieve("cjp_widget", id, new ColumnSet("cjp_count")).GetAttributeValue<int>("cjp_count"));
    }

    [Fact]
    public void Update_with_a_wrong_value_type_faults_and_leaves_the_row_unchanged()
    {
        var org = TestOrganization.Create();
        var id = org.Create(new Entity("cjp_widget") { ["cjp_count"] = 1, ["cjp_name"] = "Before" });

        var fault = Support.Faults.Expect(ErrorCodes.InvalidArgument, () => org.Update(new Entity("cjp_widget", id) { ["cjp_name"] = "After", ["cjp_count"] = "two" }));

        Assert.Contains("cjp_widget.cjp_count", fault.Message);
        Assert.Contains("'two'", fault.Message);
        Assert.Equal("Before", org.Retrieve("cjp_widget", id, new ColumnSet("cjp_name")).GetAttributeValue<string>("cjp_name"));
    }

    [Fact]
    public void Update_with_a_state_alone_takes_that_states_default_status_reason()
    {
        var org = TestOrganization.Create();
        var id = org.Create(new Entity("account") { ["name"] = "Contoso" });

        org.Update(new Entity("account", id) { ["statecode"] = new OptionSetValue(1) });

        Assert.Equal(2, org.Retrieve("account", id, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode")!.Value);
    }
}
