using System;
using System.Linq;
using CrmJourney.LocalOrg.Csv;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Storage;

public sealed class ActivityPointerMirrorTests
{
    private static LocalOrganization NewOrganization(bool withPointers)
    {
        var builder = LocalOrganization.CreateBuilder().UseStandardTables();
        return (withPointers ? builder.AddTable(StandardTables.ActivityPointer) : builder).Build();
    }

    private static EntityCollection PointersRegarding(IOrganizationService org, Guid accountId)
    {
        var query = new QueryExpression(StandardTableNames.ActivityPointer) { ColumnSet = new ColumnSet("activitytypecode", "subject", "statecode", "actualend") };
        query.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, accountId);
        query.AddOrder("subject", OrderType.Ascending);
        return org.RetrieveMultiple(query);
    }

    [Fact]
    public void Activities_of_every_type_regarding_an_account_are_listed_by_one_activitypointer_query_with_their_type()
    {
        var org = NewOrganization(withPointers: true);
        var accountId = org.Create(new Entity("account") { ["name"] = "Contoso" });
        var otherId = org.Create(new Entity("account") { ["name"] = "Fabrikam" });
        var regarding = new EntityReference("account", accountId);
        org.Create(new Entity("email") { ["subject"] = "a email", ["regardingobjectid"] = regarding });
        org.Create(new Entity("phonecall") { ["subject"] = "b call", ["regardingobjectid"] = regarding });
        org.Create(new Entity("task") { ["subject"] = "c task", ["regardingobjectid"] = regarding });
        org.Create(new Entity("letter") { ["subject"] = "d letter", ["regardingobjectid"] = new EntityReference("account", otherId) });

        var rows = PointersRegarding(org, accountId).Entities;

        Assert.Equal(new[] { "email", "phonecall", "task" }, rows.Select(r => r.GetAttributeValue<string>("activitytypecode")).ToArray());
        Assert.Equal(new[] { "a email", "b call", "c task" }, rows.Select(r => r.GetAttributeValue<string>("subject")).ToArray());
    }

    [Fact]
    public void Completing_and_deleting_an_activity_updates_and_removes_its_pointer()
    {
        var org = NewOrganization(withPointers: true);
        var accountId = org.Create(new Entity("account") { ["name"] = "Contoso" });
        var taskId = org.Create(new Entity("task") { ["subject"] = "call back", ["regardingobjectid"] = new EntityReference("account", accountId) });
        var done = new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc);

        org.Update(new Entity("task", taskId) { ["statecode"] = new OptionSetValue(1), ["actualend"] = done });
        var completed = Assert.Single(PointersRegarding(org, accountId).Entities);
        org.Delete("task", taskId);

        Assert.Equal(1, completed.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(done, completed.GetAttributeValue<DateTime>("actualend"));
        Assert.Empty(PointersRegarding(org, accountId).Entities);
    }

    [Fact]
    public void A_failed_transaction_leaves_neither_the_activity_nor_its_pointer()
    {
        var org = NewOrganization(withPointers: true);
        var accountId = org.Create(new Entity("account") { ["name"] = "Contoso" });
        var transaction = new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection
            {
                new CreateRequest { Target = new Entity("email") { ["subject"] = "kept?", ["regardingobjectid"] = new EntityReference("account", accountId) } },
                new UpdateRequest { Target = new Entity("account", Guid.NewGuid()) { ["name"] = "missing" } },
            },
        };

        Assert.ThrowsAny<Exception>(() => org.Execute(transaction));

        Assert.Empty(PointersRegarding(org, accountId).Entities);
        Assert.Equal(0, org.Store.Table("email").Count);
    }

    [Fact]
    public void An_archive_leaves_the_pointers_out_and_loading_it_rebuilds_them_from_the_typed_rows()
    {
        var org = NewOrganization(withPointers: true);
        var accountId = org.Create(new Entity("account") { ["name"] = "Contoso" });
        org.Create(new Entity("email") { ["subject"] = "hello", ["regardingobjectid"] = new EntityReference("account", accountId) });
        using var archive = new System.IO.MemoryStream();

        OrganizationArchive.Save(org.Store, archive);
        archive.Position = 0;
        var copy = new DataStore(org.Store.Catalog);
        var result = OrganizationArchive.Load(copy, archive);

        Assert.Empty(result.Problems);
        using var zip = new System.IO.Compression.ZipArchive(new System.IO.MemoryStream(archive.ToArray()));
        Assert.DoesNotContain(zip.Entries, entry => entry.Name.StartsWith(StandardTableNames.ActivityPointer, StringComparison.Ordinal));
        Assert.Equal(1, copy.Table("email").Count);
        Assert.Equal(1, copy.Table(StandardTableNames.ActivityPointer).Count);
    }

    [Fact]
    public void An_organization_without_the_activitypointer_table_keeps_only_the_typed_rows()
    {
        var org = NewOrganization(withPointers: false);
        var accountId = org.Create(new Entity("account") { ["name"] = "Contoso" });

        org.Create(new Entity("email") { ["subject"] = "hello", ["regardingobjectid"] = new EntityReference("account", accountId) });

        Assert.Null(org.Store.FindTable(StandardTableNames.ActivityPointer));
        Assert.Equal(1, org.Store.Table("email").Count);
    }
}
