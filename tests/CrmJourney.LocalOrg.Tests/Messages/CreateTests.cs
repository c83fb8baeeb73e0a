using System;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Messages;

public sealed class CreateTests
{
    private static readonly Guid _accountId = new("8d0f3c1e-5b2a-4c4d-9e61-2f7d1a0b3c01");

    [Fact]
    public void Create_uses_the_given_id_and_stamps_created_and_modified_with_the_clock_and_the_caller()
    {
        var clock = new TestClock(new DateTime(2026, 5, 4, 10, 30, 0, DateTimeKind.Utc));
        var org = TestOrganization.Create(clock);

        var id = org.Create(new Entity("account", _accountId) { ["name"] = "Contoso" });

        var stored = org.Retrieve("account", id, new ColumnSet(true));
        Assert.Equal(_accountId, id);
        Assert.Equal(new DateTime(2026, 5, 4, 10, 30, 0, DateTimeKind.Utc), stored.GetAttributeValue<DateTime>("createdon"));
        Assert.Equal(new DateTime(2026, 5, 4, 10, 30, 0, DateTimeKind.Utc), stored.GetAttributeValue<DateTime>("modifiedon"));
        Assert.Equal(LocalOrganization.DefaultUserId, stored.GetAttributeValue<EntityReference>("createdby")!.Id);
        Assert.Equal(LocalOrganization.DefaultUserId, stored.GetAttributeValue<EntityReference>("modifiedby")!.Id);
        Assert.Equal(new EntityReference("systemuser", LocalOrganization.DefaultUserId), stored.GetAttributeValue<EntityReference>("ownerid"));
    }

    [Fact]
    public void Create_defaults_the_state_to_the_first_state_and_its_default_status_reason()
    {
        var org = TestOrganization.Create();

        var taskId = org.Create(new Entity("task") { ["subject"] = "Call back" });

        var task = org.Retrieve("task", taskId, new ColumnSet("statecode", "statuscode"));
        Assert.Equal(0, task.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(2, task.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
    }

    [Fact]
    public void Create_with_only_a_status_reason_moves_the_row_to_the_state_that_owns_it()
    {
        var org = TestOrganization.Create();

        var taskId = org.Create(new Entity("task") { ["subject"] = "Done already", ["statuscode"] = new OptionSetValue(5) });

        var task = org.Retrieve("task", taskId, new ColumnSet("statecode"));
        Assert.Equal(1, task.GetAttributeValue<OptionSetValue>("statecode")!.Value);
    }

    [Fact]
    public void Create_with_a_status_reason_of_another_state_faults()
    {
        var org = TestOrganization.Create();

        var fault = Support.Faults.Expect(
            ErrorCodes.InvalidStateCodeStatusCode,
            () => org.Create(new Entity("task") { ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(5) }));

        Assert.Contains("5 is not a valid status code", fault.Message);
    }

    [Fact]
    public void Create_without_an_id_generates_one_the_row_can_be_read_back_with()
    {
        var org = TestOrganization.Create();

        var id = org.Create(new Entity("account") { ["name"] = "Fabrikam" });

        Assert.NotEqual(Guid.Empty, id);
        Assert.Equal("Fabrikam", org.Retrieve("account", id, new ColumnSet("name")).GetAttributeValue<string>("name"));
    }

    [Fact]
    public void Create_with_an_id_already_used_faults_with_duplicate_record()
    {
        var org = TestOrganization.Create();
        org.Create(new Entity("account", _accountId) { ["name"] = "First" });

        Support.Faults.Expect(ErrorCodes.DuplicateRecord, () => org.Create(new Entity("account", _accountId) { ["name"] = "Second" }));
    }

    [Fact]
    public void Create_with_an_unknown_column_faults_naming_the_table_and_the_column()
    {
        var org = TestOrganization.Create();

        var fault = Support.Faults.Expect(ErrorCodes.QueryBuilderNoAttribute, () => org.Create(new Entity("account") { ["cjp_nosuchcolumn"] = 1 }));

        Assert.Equal("'account' entity doesn't contain attribute with Name = 'cjp_nosuchcolumn' and NameMapping = 'Logical'.", fault.Message);
    }

    [Fact]
    public void Create_keeps_an_owner_the_caller_chose()
    {
        var org = TestOrganization.Create();
        var teamId = org.Create(new Entity("team") { ["name"] = "Partners" });

        var id = org.Create(new Entity("account") { ["name"] = "Owned by team", ["ownerid"] = new EntityReference("team", teamId) });

        Assert.Equal(new EntityReference("team", teamId), org.Retrieve("account", id, new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid"));
    }

    [Fact]
    public void Create_ignores_a_createdon_the_caller_sent_because_the_platform_owns_it()
    {
        var org = TestOrganization.Create();

        var id = org.Create(new Entity("account") { ["name"] = "Backdated", ["createdon"] = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc) });

        Assert.Equal(TestOrganization.Start, org.Retrieve("account", id, new ColumnSet("createdon")).GetAttributeValue<DateTime>("createdon"));
    }

    [Fact]
    public void Create_of_an_activity_sets_its_activity_type_code_to_the_table_name()
    {
        var org = TestOrganization.Create();

        var id = org.Create(new Entity("phonecall") { ["subject"] = "Intro call" });

        Assert.Equal("phonecall", org.Retrieve("phonecall", id, new ColumnSet("activitytypecode")).GetAttributeValue<string>("activitytypecode"));
    }
}
