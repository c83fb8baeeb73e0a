using System.IO;
using System.Linq;
using CrmJourney.LocalOrg.Csv;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Csv;

public sealed class ActivityPartyCsvTests
{
    [Fact]
    public void Activity_parties_travel_through_activityparty_csv_with_their_roles()
    {
        var original = TestOrganization.Create();
        var account = original.Create(new Entity("account") { ["name"] = "Contoso" });
        var anna = original.Create(new Entity("contact") { ["lastname"] = "Anna", ["parentcustomerid"] = new EntityReference("account", account) });
        var email = original.Create(new Entity("email")
        {
            ["subject"] = "Proposal",
            ["to"] = new EntityCollection { Entities = { new Entity("activityparty") { ["partyid"] = new EntityReference("contact", anna) } } },
            ["cc"] = new EntityCollection { Entities = { new Entity("activityparty") { ["partyid"] = new EntityReference("account", account) } } },
        });
        var folder = CsvTestData.TempFolder();
        foreach (var table in new[] { "account", "contact", "email", "activityparty" })
        {
            using var writer = new StreamWriter(Path.Combine(folder, table + ".csv"));
            CsvExporter.WriteTable(original.Store.Table(table), writer);
        }

        var copy = TestOrganization.Create();
        var result = CsvImporter.ImportFolder(copy.Store, folder);

        Assert.True(result.Succeeded, result.ToString());
        var query = new QueryExpression("activityparty") { ColumnSet = new ColumnSet("activityid", "partyid", "participationtypemask") };
        var parties = copy.RetrieveMultiple(query).Entities
            .Select(row => (Activity: row.GetAttributeValue<EntityReference>("activityid")!, Party: row.GetAttributeValue<EntityReference>("partyid")!, Role: row.GetAttributeValue<OptionSetValue>("participationtypemask")!.Value))
            .OrderBy(row => row.Role)
            .ToList();
        Assert.Equal(new[] { ("email", email, "contact", anna, 2), ("email", email, "account", account, 3) }, parties.Select(p => (p.Activity.LogicalName, p.Activity.Id, p.Party.LogicalName, p.Party.Id, p.Role)).ToArray());
    }
}
