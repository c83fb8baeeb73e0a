using System;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Messages;

public sealed class DeleteTests
{
    [Fact]
    public void A_deleted_row_can_no_longer_be_retrieved()
    {
        var org = TestOrganization.Create();
        var id = org.Create(new Entity("account") { ["name"] = "Contoso" });

        org.Delete("account", id);

        Support.Faults.Expect(ErrorCodes.ObjectDoesNotExist, () => org.Retrieve("account", id, new ColumnSet("name")));
    }

    [Fact]
    public void Deleting_a_missing_row_faults_with_object_does_not_exist()
    {
        var org = TestOrganization.Create();

        Support.Faults.Expect(ErrorCodes.ObjectDoesNotExist, () => org.Delete("account", Guid.NewGuid()));
    }

    [Fact]
    public void Deleting_a_row_clears_the_lookups_that_pointed_at_it()
    {
        var org = TestOrganization.Create();
        var accountId = org.Create(new Entity("account") { ["name"] = "Contoso" });
        var widgetId = org.Create(new Entity("cjp_widget") { ["cjp_name"] = "W", ["cjp_accountid"] = new EntityReference("account", accountId) });

        org.Delete("account", accountId);

        var widget = org.Retrieve("cjp_widget", widgetId, new ColumnSet("cjp_accountid", "cjp_name"));
        Assert.False(widget.Contains("cjp_accountid"));
        Assert.Equal("W", widget.GetAttributeValue<string>("cjp_name"));
    }
}
