using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Messages;

public sealed class UpsertAndKeyTests
{
    private readonly LocalOrganization _org = TestOrganization.Create();

    [Fact]
    public void Upsert_by_alternate_key_creates_the_row_with_its_key_the_first_time_and_updates_it_the_second()
    {
        var first = (UpsertResponse)_org.Execute(new UpsertRequest { Target = new Entity("cjp_widget", "cjp_code", "AUDIT") { ["cjp_count"] = 1 } });
        var second = (UpsertResponse)_org.Execute(new UpsertRequest { Target = new Entity("cjp_widget", "cjp_code", "AUDIT") { ["cjp_count"] = 2 } });

        Assert.True(first.RecordCreated);
        Assert.False(second.RecordCreated);
        Assert.Equal(first.Target!.Id, second.Target!.Id);
        var row = _org.Retrieve("cjp_widget", first.Target.Id, new ColumnSet("cjp_code", "cjp_count"));
        Assert.Equal(("AUDIT", 2), (row.GetAttributeValue<string>("cjp_code"), row.GetAttributeValue<int>("cjp_count")));
    }

    [Fact]
    public void Upsert_by_id_creates_a_row_with_that_id_when_none_exists()
    {
        var id = new System.Guid("2d3c4b5a-6f70-4819-9a1b-2c3d4e5f6a7b");

        var response = (UpsertResponse)_org.Execute(new UpsertRequest { Target = new Entity("account", id) { ["name"] = "Made by upsert" } });

        Assert.True(response.RecordCreated);
        Assert.Equal(id, response.Target!.Id);
        Assert.Equal("Made by upsert", _org.Retrieve("account", id, new ColumnSet("name")).GetAttributeValue<string>("name"));
    }

    [Fact]
    public void A_second_row_with_the_same_key_value_faults_with_duplicate_record_entity_key_whatever_the_case()
    {
        _org.Create(new Entity("cjp_widget") { ["cjp_code"] = "TAX" });

        var fault = Support.Faults.Expect(ErrorCodes.DuplicateRecordEntityKey, () => _org.Create(new Entity("cjp_widget") { ["cjp_code"] = "tax" }));

        Assert.Equal(unchecked((int)0x80060892), fault.ErrorCode);
        Assert.Contains("cjp_widgetcode", fault.Message);
        Assert.Contains("cjp_code", fault.Message);
    }

    [Fact]
    public void Changing_a_rows_key_to_one_already_used_faults_and_keeps_both_rows_as_they_were()
    {
        _org.Create(new Entity("cjp_widget") { ["cjp_code"] = "TAX" });
        var other = _org.Create(new Entity("cjp_widget") { ["cjp_code"] = "AUDIT" });

        Support.Faults.Expect(ErrorCodes.DuplicateRecordEntityKey, () => _org.Update(new Entity("cjp_widget", other) { ["cjp_code"] = "TAX" }));

        Assert.Equal("AUDIT", _org.Retrieve("cjp_widget", other, new ColumnSet("cjp_code")).GetAttributeValue<string>("cjp_code"));
    }

    [Fact]
    public void Rows_without_a_key_value_are_not_constrained_and_a_deleted_rows_key_can_be_reused()
    {
        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "no code 1" });
        _org.Create(new Entity("cjp_widget") { ["cjp_name"] = "no code 2" });
        var taken = _org.Create(new Entity("cjp_widget") { ["cjp_code"] = "REUSE" });
        _org.Delete("cjp_widget", taken);

        var reused = _org.Create(new Entity("cjp_widget") { ["cjp_code"] = "REUSE" });

        Assert.Equal(3, _org.RetrieveMultiple(new QueryExpression("cjp_widget")).Entities.Count);
        Assert.NotEqual(taken, reused);
    }
}
