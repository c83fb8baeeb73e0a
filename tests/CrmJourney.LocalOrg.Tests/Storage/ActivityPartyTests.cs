using System;
using System.Linq;
using System.ServiceModel;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Storage;

public sealed class ActivityPartyTests
{
    private static Entity Party(string table, Guid id) => new("activityparty") { ["partyid"] = new EntityReference(table, id) };

    private static EntityCollection List(params Entity[] parties) => new(parties.ToList());

    private static string[] PartiesOf(IOrganizationService org, Guid activityId)
    {
        var query = new QueryExpression("activityparty") { ColumnSet = new ColumnSet("partyid", "participationtypemask", "addressused") };
        query.Criteria.AddCondition("activityid", ConditionOperator.Equal, activityId);
        return org.RetrieveMultiple(query).Entities
            .Select(row => $"{row.GetAttributeValue<OptionSetValue>("participationtypemask")!.Value}:{row.GetAttributeValue<EntityReference>("partyid")?.Id.ToString() ?? row.GetAttributeValue<string>("addressused")}")
            .OrderBy(text => text, StringComparer.Ordinal)
            .ToArray();
    }

    [Fact]
    public void An_email_saved_with_from_to_cc_and_bcc_stores_one_activityparty_row_per_party_with_its_role()
    {
        var org = TestOrganization.Create();
        var account = org.Create(new Entity("account") { ["name"] = "Contoso" });
        var anna = org.Create(new Entity("contact") { ["lastname"] = "Anna" });
        var ben = org.Create(new Entity("contact") { ["lastname"] = "Ben" });

        var email = org.Create(new Entity("email")
        {
            ["subject"] = "Proposal",
            ["from"] = List(Party("systemuser", LocalOrganization.DefaultUserId)),
            ["to"] = List(Party("contact", anna), Party("account", account)),
            ["cc"] = List(Party("contact", ben)),
            ["bcc"] = List(new Entity("activityparty") { ["addressused"] = "someone@example.com" }),
        });

        var expected = new[] { $"1:{LocalOrganization.DefaultUserId}", $"2:{account}", $"2:{anna}", $"3:{ben}", "4:someone@example.com" }
            .OrderBy(text => text, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, PartiesOf(org, email));
    }

    [Fact]
    public void Updating_a_party_list_replaces_that_role_only()
    {
        var org = TestOrganization.Create();
        var anna = org.Create(new Entity("contact") { ["lastname"] = "Anna" });
        var ben = org.Create(new Entity("contact") { ["lastname"] = "Ben" });
        var meeting = org.Create(new Entity("appointment")
        {
            ["requiredattendees"] = List(Party("contact", anna)),
            ["organizer"] = List(Party("systemuser", LocalOrganization.DefaultUserId)),
        });

        org.Update(new Entity("appointment", meeting) { ["requiredattendees"] = List(Party("contact", ben)) });

        Assert.Equal(new[] { $"5:{ben}", $"7:{LocalOrganization.DefaultUserId}" }, PartiesOf(org, meeting));
    }

    [Fact]
    public void Deleting_an_activity_deletes_its_parties()
    {
        var org = TestOrganization.Create();
        var anna = org.Create(new Entity("contact") { ["lastname"] = "Anna" });
        var call = org.Create(new Entity("phonecall") { ["to"] = List(Party("contact", anna)) });

        org.Delete("phonecall", call);

        Assert.Empty(PartiesOf(org, call));
    }

    [Fact]
    public void A_party_list_that_is_not_a_collection_of_activityparty_entities_is_refused_and_nothing_is_written()
    {
        var org = TestOrganization.Create();
        var anna = org.Create(new Entity("contact") { ["lastname"] = "Anna" });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            org.Create(new Entity("email") { ["subject"] = "x", ["to"] = new EntityReference("contact", anna) }));

        Assert.Contains("EntityCollection of activityparty entities", fault.Message, StringComparison.Ordinal);
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("email")).Entities);
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("activityparty")).Entities);
    }

    [Fact]
    public void A_party_list_on_a_table_that_has_none_is_an_unknown_column()
    {
        var org = TestOrganization.Create();
        var anna = org.Create(new Entity("contact") { ["lastname"] = "Anna" });

        Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            org.Create(new Entity("task") { ["to"] = List(Party("contact", anna)) }));
    }
}
