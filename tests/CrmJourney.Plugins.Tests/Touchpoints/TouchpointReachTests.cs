using System;
using System.Linq;
using CrmJourney.Plugins.Tests.Hosted;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Touchpoints;

/// <summary>
/// Whom a completed activity touches, end to end in LocalOrg: the regarding row and the parties as
/// Dataverse stores them (activityparty rows written from the party-list columns), through the domain's
/// one definition. Each activity is saved completed, so the synchronous Create step counts it in the save.
/// </summary>
public sealed class TouchpointReachTests
{
    private readonly JourneyOrg _org = JourneyOrg.Create(Day.Of(2026, 11, 23));

    [Fact]
    public void A_tracked_email_with_no_regarding_counts_for_the_account_of_a_contact_in_to()
    {
        var account = _org.Account("Contoso");
        var anna = Contact(account);

        _org.AsUser.Create(Completed("email", regarding: null, ("to", Party("contact", anna)), ("from", Party("systemuser", _org.User))));

        Assert.Equal(1, Count(account));
    }

    [Theory]
    [InlineData("email", "from")]
    [InlineData("email", "cc")]
    [InlineData("email", "bcc")]
    [InlineData("phonecall", "to")]
    [InlineData("phonecall", "from")]
    [InlineData("letter", "to")]
    [InlineData("appointment", "requiredattendees")]
    [InlineData("appointment", "optionalattendees")]
    [InlineData("appointment", "organizer")]
    public void A_client_contact_in_any_party_list_counts_for_its_account(string table, string partyList)
    {
        var account = _org.Account("Contoso");
        var anna = Contact(account);

        _org.AsUser.Create(Completed(table, regarding: null, (partyList, Party("contact", anna))));

        Assert.Equal(1, Count(account));
    }

    [Fact]
    public void A_meeting_regarding_an_opportunity_counts_for_the_opportunitys_account()
    {
        var account = _org.Account("Contoso");
        var deal = new Entity("opportunity", Guid.NewGuid()) { ["name"] = "Audit 2027", ["parentaccountid"] = new EntityReference("account", account) };
        _org.Seed(deal);

        _org.AsUser.Create(Completed("appointment", new EntityReference("opportunity", deal.Id)));

        Assert.Equal(1, Count(account));
    }

    [Fact]
    public void A_call_regarding_a_lead_counts_for_the_leads_customer_account_when_it_has_no_parent_account()
    {
        var account = _org.Account("Contoso");
        var lead = new Entity("lead", Guid.NewGuid()) { ["lastname"] = "Lee", ["customerid"] = new EntityReference("account", account) };
        _org.Seed(lead);

        _org.AsUser.Create(Completed("phonecall", new EntityReference("lead", lead.Id)));

        Assert.Equal(1, Count(account));
    }

    [Fact]
    public void An_email_to_three_of_a_clients_people_counts_once()
    {
        var account = _org.Account("Contoso");
        var anna = Contact(account);
        var ben = Contact(account);

        _org.AsUser.Create(Completed(
            "email",
            new EntityReference("contact", anna),
            ("to", Party("contact", anna)),
            ("cc", Party("contact", ben)),
            ("bcc", Party("account", account))));

        Assert.Equal(1, Count(account));
    }

    [Fact]
    public void A_meeting_with_two_clients_people_counts_for_both_and_costs_one_update_each()
    {
        var contoso = _org.Account("Contoso");
        var fabrikam = _org.Account("Fabrikam");
        var anna = Contact(contoso);
        var cleo = Contact(fabrikam);

        // The save (1) + 2 queries + 1 account update per account touched (2) = 5.
        var requests = _org.CountRequests(() => _org.AsUser.Create(Completed(
            "appointment", regarding: null, ("requiredattendees", Party("contact", anna)), ("requiredattendees", Party("contact", cleo)))));

        Assert.Equal((1, 1), (Count(contoso), Count(fabrikam)));
        Assert.Equal(5, requests);
    }

    [Fact]
    public void Parties_who_are_users_or_contacts_of_no_account_touch_nothing()
    {
        var account = _org.Account("Contoso");
        var loner = Contact(account: null);

        _org.AsUser.Create(Completed("email", regarding: null, ("from", Party("systemuser", _org.User)), ("to", Party("contact", loner))));

        Assert.Null(_org.ReadAccount(account).GetAttributeValue<int?>("cjp_touchpointcount"));
        Assert.DoesNotContain(_org.Rows("account", columns: new[] { "cjp_touchpointcount" }), row => row.GetAttributeValue<int?>("cjp_touchpointcount") != null);
    }

    private static Entity Party(string table, Guid id) => new("activityparty") { ["partyid"] = new EntityReference(table, id) };

    private static Entity Completed(string table, EntityReference? regarding, params (string List, Entity Party)[] parties)
    {
        var activity = new Entity(table)
        {
            ["subject"] = "Catch-up",
            ["statecode"] = new OptionSetValue(1),
            ["actualend"] = Day.Of(2026, 11, 22),
        };
        if (regarding != null)
        {
            activity["regardingobjectid"] = regarding;
        }

        foreach (var list in parties.GroupBy(party => party.List))
        {
            activity[list.Key] = new EntityCollection(list.Select(party => party.Party).ToList());
        }

        return activity;
    }

    private int Count(Guid account) => _org.ReadAccount(account).GetAttributeValue<int?>("cjp_touchpointcount") ?? 0;

    private Guid Contact(Guid? account)
    {
        var contact = new Entity("contact", Guid.NewGuid()) { ["fullname"] = "Someone" };
        if (account != null)
        {
            contact["parentcustomerid"] = new EntityReference("account", account.Value);
        }

        _org.Seed(contact);
        return contact.Id;
    }
}
