using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Messages;

/// <summary>Create with Target.RelatedEntities ("deep insert"): one request, one transaction, each related row through its own pipeline.</summary>
public sealed class DeepInsertTests
{
    private const string AccountWidgets = "cjp_account_cjp_widget_accountid";

    [Fact]
    public void Create_makes_the_related_rows_with_their_lookup_set_to_the_new_record()
    {
        var org = TestOrganization.Create();
        var account = new Entity("account") { ["name"] = "Contoso" };
        account.RelatedEntities[new Relationship(AccountWidgets)] = new EntityCollection(new List<Entity> { Widget("W-1"), Widget("W-2") });

        var id = org.Create(account);

        var widgets = Widgets(org);
        Assert.Equal(new[] { "W-1", "W-2" }, widgets.Select(w => w.GetAttributeValue<string>("cjp_code")).OrderBy(code => code, StringComparer.Ordinal));
        Assert.All(widgets, w => Assert.Equal(new EntityReference("account", id), w.GetAttributeValue<EntityReference>("cjp_accountid")));
        Assert.Equal("Contoso", org.Retrieve("account", id, new ColumnSet("name")).GetAttributeValue<string>("name"));
    }

    [Fact]
    public void A_deep_insert_is_one_request_whatever_the_number_of_related_rows()
    {
        var org = TestOrganization.Create();
        var account = new Entity("account") { ["name"] = "Contoso" };
        account.RelatedEntities[new Relationship(AccountWidgets)] = new EntityCollection(new List<Entity> { Widget("W-1"), Widget("W-2"), Widget("W-3") });
        org.Counters.Reset();

        org.Create(account);

        Assert.Equal(1, org.Counters.Total);
        Assert.Equal(1, org.Counters.For("Create", "account"));
        Assert.Equal(0, org.Counters.For("Create", "cjp_widget"));
        Assert.Equal(3, Widgets(org).Count);
    }

    [Fact]
    public void Each_related_row_runs_its_own_create_steps_and_sees_the_lookup_already_set()
    {
        var seen = new List<EntityReference?>();
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "cjp_widget", PipelineStage.PreOperation, new DelegatePlugin(services =>
            {
                var target = (Entity)services.Context.InputParameters["Target"]!;
                seen.Add(target.GetAttributeValue<EntityReference>("cjp_accountid"));
                target["cjp_name"] = "Stamped by the widget's own step";
            })))
            .Build();
        var account = new Entity("account") { ["name"] = "Contoso" };
        account.RelatedEntities[new Relationship(AccountWidgets)] = new EntityCollection(new List<Entity> { Widget("W-1"), Widget("W-2") });

        var id = org.Create(account);

        Assert.Equal(new[] { new EntityReference("account", id), new EntityReference("account", id) }, seen);
        Assert.All(Widgets(org), w => Assert.Equal("Stamped by the widget's own step", w.GetAttributeValue<string>("cjp_name")));
    }

    [Fact]
    public void Related_rows_run_their_steps_at_the_creates_depth_with_its_correlation()
    {
        IPluginExecutionContext? record = null;
        IPluginExecutionContext? related = null;
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PreOperation, new DelegatePlugin(services => record = services.Context)))
            .AddPluginStep(PluginStep.ForInstance("Create", "cjp_widget", PipelineStage.PreOperation, new DelegatePlugin(services => related = services.Context)))
            .Build();
        var account = new Entity("account") { ["name"] = "Contoso" };
        account.RelatedEntities[new Relationship(AccountWidgets)] = new EntityCollection(new List<Entity> { Widget("W-1") });

        org.Create(account);

        Assert.Equal(1, record!.Depth);
        Assert.Equal(1, related!.Depth);
        Assert.Equal(record.CorrelationId, related.CorrelationId);
    }

    [Fact]
    public void The_new_record_exists_when_the_related_rows_post_operation_steps_run()
    {
        string? parentName = null;
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "cjp_widget", PipelineStage.PostOperation, new DelegatePlugin(services =>
            {
                var parent = ((Entity)services.Context.InputParameters["Target"]!).GetAttributeValue<EntityReference>("cjp_accountid")!;
                parentName = services.Service.Retrieve("account", parent.Id, new ColumnSet("name")).GetAttributeValue<string>("name");
            })))
            .Build();
        var account = new Entity("account") { ["name"] = "Contoso" };
        account.RelatedEntities[new Relationship(AccountWidgets)] = new EntityCollection(new List<Entity> { Widget("W-1") });

        org.Create(account);

        Assert.Equal("Contoso", parentName);
    }

    [Fact]
    public void A_related_row_that_breaks_an_alternate_key_undoes_the_record_and_the_rows_before_it()
    {
        var org = TestOrganization.Create();
        org.Create(Widget("TAKEN"));
        var account = new Entity("account") { ["name"] = "Contoso" };
        account.RelatedEntities[new Relationship(AccountWidgets)] = new EntityCollection(new List<Entity> { Widget("W-1"), Widget("TAKEN") });

        Support.Faults.Expect(ErrorCodes.DuplicateRecordEntityKey, () => org.Create(account));

        Assert.Empty(org.RetrieveMultiple(new QueryExpression("account")).Entities);
        Assert.Equal(new[] { "TAKEN" }, Widgets(org).Select(w => w.GetAttributeValue<string>("cjp_code")));
    }

    [Fact]
    public void A_related_rows_refusing_step_undoes_the_record_and_what_its_own_steps_wrote()
    {
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "cjp_widget", PipelineStage.PostOperation, new DelegatePlugin(services =>
            {
                services.Service.Create(new Entity("task") { ["subject"] = "Written by the widget's step" });
                if (((Entity)services.Context.InputParameters["Target"]!).GetAttributeValue<string>("cjp_code") == "W-2")
                {
                    throw new InvalidPluginExecutionException("Widget W-2 is not for sale.");
                }
            })))
            .Build();
        var account = new Entity("account") { ["name"] = "Contoso" };
        account.RelatedEntities[new Relationship(AccountWidgets)] = new EntityCollection(new List<Entity> { Widget("W-1"), Widget("W-2") });

        var fault = Support.Faults.Expect(ErrorCodes.IsvAborted, () => org.Create(account));

        Assert.Equal("Widget W-2 is not for sale.", fault.Message);
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("account")).Entities);
        Assert.Empty(Widgets(org));
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("task")).Entities);
    }

    [Fact]
    public void Related_rows_nest_a_record_with_rows_that_carry_their_own_related_rows()
    {
        var org = TestOrganization.Create();
        var contact = new Entity("contact") { ["lastname"] = "Lee" };
        contact.RelatedEntities[new Relationship("Contact_Tasks")] = new EntityCollection(new List<Entity> { new("task") { ["subject"] = "Welcome call" } });
        var account = new Entity("account") { ["name"] = "Contoso" };
        account.RelatedEntities[new Relationship("contact_customer_accounts")] = new EntityCollection(new List<Entity> { contact });
        org.Counters.Reset();

        var accountId = org.Create(account);
        var requests = org.Counters.Total;

        var storedContact = Assert.Single(org.RetrieveMultiple(new QueryExpression("contact") { ColumnSet = new ColumnSet("parentcustomerid") }).Entities);
        var task = Assert.Single(org.RetrieveMultiple(new QueryExpression("task") { ColumnSet = new ColumnSet("regardingobjectid") }).Entities);
        Assert.Equal(new EntityReference("account", accountId), storedContact.GetAttributeValue<EntityReference>("parentcustomerid"));
        Assert.Equal(new EntityReference("contact", storedContact.Id), task.GetAttributeValue<EntityReference>("regardingobjectid"));
        Assert.Equal(1, requests);
    }

    [Fact]
    public void The_callers_rows_are_not_changed_by_the_create()
    {
        var org = TestOrganization.Create();
        var widget = Widget("W-1");
        var account = new Entity("account") { ["name"] = "Contoso" };
        account.RelatedEntities[new Relationship(AccountWidgets)] = new EntityCollection(new List<Entity> { widget });

        org.Create(account);

        Assert.False(widget.Contains("cjp_accountid"));
    }

    [Fact]
    public void A_relationship_the_organization_does_not_have_faults_naming_it_and_writes_nothing()
    {
        var org = TestOrganization.Create();
        var account = new Entity("account") { ["name"] = "Contoso" };
        account.RelatedEntities[new Relationship("cjp_account_cjp_gadget")] = new EntityCollection(new List<Entity> { Widget("W-1") });

        var fault = Support.Faults.Expect(ErrorCodes.NotSupported, () => org.Create(account));

        Assert.Contains("'cjp_account_cjp_gadget'", fault.Message, StringComparison.Ordinal);
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("account")).Entities);
        Assert.Empty(Widgets(org));
    }

    [Fact]
    public void A_relationship_that_does_not_involve_the_new_records_table_faults_naming_it_and_writes_nothing()
    {
        var org = TestOrganization.Create();
        var account = new Entity("account") { ["name"] = "Contoso" };
        account.RelatedEntities[new Relationship("Contact_Tasks")] = new EntityCollection(new List<Entity> { new("task") { ["subject"] = "Call" } });

        var fault = Support.Faults.Expect(ErrorCodes.InvalidArgument, () => org.Create(account));

        Assert.Contains("'Contact_Tasks' links contact to task, not account", fault.Message, StringComparison.Ordinal);
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("account")).Entities);
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("task")).Entities);
    }

    [Fact]
    public void A_related_row_of_another_table_than_the_relationship_relates_faults_and_writes_nothing()
    {
        var org = TestOrganization.Create();
        var account = new Entity("account") { ["name"] = "Contoso" };
        account.RelatedEntities[new Relationship(AccountWidgets)] = new EntityCollection(new List<Entity> { Widget("W-1"), new("task") { ["subject"] = "Call" } });

        var fault = Support.Faults.Expect(ErrorCodes.InvalidArgument, () => org.Create(account));

        Assert.Contains("a 'task' row cannot be created through it", fault.Message, StringComparison.Ordinal);
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("account")).Entities);
        Assert.Empty(Widgets(org));
    }

    [Fact]
    public void The_documented_example_creates_the_primary_contact_the_account_refers_to_and_its_tasks_in_one_request()
    {
        var org = TestOrganization.Create();
        var account = new Entity("account") { ["name"] = "Sample Account" };
        account.RelatedEntities[new Relationship("account_primary_contact")] = new EntityCollection(new List<Entity> { new("contact") { ["firstname"] = "John", ["lastname"] = "Smith" } });
        account.RelatedEntities[new Relationship("Account_Tasks")] = new EntityCollection(new List<Entity> { new("task") { ["subject"] = "Task 1" }, new("task") { ["subject"] = "Task 2" }, new("task") { ["subject"] = "Task 3" } });
        org.Counters.Reset();

        var accountId = org.Create(account);
        var requests = org.Counters.Total;

        var contact = Assert.Single(org.RetrieveMultiple(new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") }).Entities);
        var tasks = org.RetrieveMultiple(new QueryExpression("task") { ColumnSet = new ColumnSet("regardingobjectid") }).Entities;
        Assert.Equal(1, requests);
        Assert.Equal(new EntityReference("contact", contact.Id), org.Retrieve("account", accountId, new ColumnSet("primarycontactid")).GetAttributeValue<EntityReference>("primarycontactid"));
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(new EntityReference("account", accountId), t.GetAttributeValue<EntityReference>("regardingobjectid")));
    }

    [Fact]
    public void The_row_a_new_record_refers_to_runs_its_own_create_steps_before_the_record_exists()
    {
        var accountsWhenContactCreated = -1;
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "contact", PipelineStage.PostOperation, new DelegatePlugin(services =>
                accountsWhenContactCreated = services.Service.RetrieveMultiple(new QueryExpression("account")).Entities.Count)))
            .Build();
        var account = new Entity("account") { ["name"] = "Sample Account" };
        account.RelatedEntities[new Relationship("account_primary_contact")] = new EntityCollection(new List<Entity> { new("contact") { ["lastname"] = "Smith" } });

        org.Create(account);

        Assert.Equal(0, accountsWhenContactCreated);
    }

    [Fact]
    public void A_record_refers_to_one_row_so_two_rows_on_the_one_side_fault_and_write_nothing()
    {
        var org = TestOrganization.Create();
        var account = new Entity("account") { ["name"] = "Sample Account" };
        account.RelatedEntities[new Relationship("account_primary_contact")] = new EntityCollection(new List<Entity> { new("contact") { ["lastname"] = "Smith" }, new("contact") { ["lastname"] = "Jones" } });

        var fault = Support.Faults.Expect(ErrorCodes.InvalidArgument, () => org.Create(account));

        Assert.Contains("exactly one contact row, not 2", fault.Message, StringComparison.Ordinal);
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("account")).Entities);
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("contact")).Entities);
    }

    [Fact]
    public void Setting_a_lookup_and_creating_its_row_in_the_same_create_faults_and_writes_nothing()
    {
        var org = TestOrganization.Create();
        var existing = org.Create(new Entity("contact") { ["lastname"] = "Existing" });
        var account = new Entity("account") { ["name"] = "Sample Account", ["primarycontactid"] = new EntityReference("contact", existing) };
        account.RelatedEntities[new Relationship("account_primary_contact")] = new EntityCollection(new List<Entity> { new("contact") { ["lastname"] = "Smith" } });

        var fault = Support.Faults.Expect(ErrorCodes.InvalidArgument, () => org.Create(account));

        Assert.Contains("sets primarycontactid and also creates its contact", fault.Message, StringComparison.Ordinal);
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("account")).Entities);
        Assert.Single(org.RetrieveMultiple(new QueryExpression("contact")).Entities);
    }

    [Fact]
    public void A_failing_record_undoes_the_row_it_refers_to()
    {
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(_ =>
                throw new InvalidPluginExecutionException("Accounts are closed today."))))
            .Build();
        var account = new Entity("account") { ["name"] = "Sample Account" };
        account.RelatedEntities[new Relationship("account_primary_contact")] = new EntityCollection(new List<Entity> { new("contact") { ["lastname"] = "Smith" } });

        Support.Faults.Expect(ErrorCodes.IsvAborted, () => org.Create(account));

        Assert.Empty(org.RetrieveMultiple(new QueryExpression("account")).Entities);
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("contact")).Entities);
    }

    [Fact]
    public void A_self_referencing_relationship_needs_the_referenced_role()
    {
        var org = TestOrganization.Create();
        var parent = new Entity("account") { ["name"] = "Holding" };
        parent.RelatedEntities[new Relationship("account_parent_account")] = new EntityCollection(new List<Entity> { new("account") { ["name"] = "Subsidiary" } });
        var withRole = new Entity("account") { ["name"] = "Holding" };
        withRole.RelatedEntities[new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referenced }] =
            new EntityCollection(new List<Entity> { new("account") { ["name"] = "Subsidiary" } });

        var fault = Support.Faults.Expect(ErrorCodes.InvalidArgument, () => org.Create(parent));
        var holding = org.Create(withRole);

        Assert.Contains("PrimaryEntityRole to Referenced", fault.Message, StringComparison.Ordinal);
        var subsidiary = Assert.Single(org.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("parentaccountid"), Criteria = { Conditions = { new ConditionExpression("name", ConditionOperator.Equal, "Subsidiary") } } }).Entities);
        Assert.Equal(new EntityReference("account", holding), subsidiary.GetAttributeValue<EntityReference>("parentaccountid"));
    }

    [Fact]
    public void A_self_referencing_relationship_with_the_referencing_role_creates_the_parent_first()
    {
        var org = TestOrganization.Create();
        var subsidiary = new Entity("account") { ["name"] = "Subsidiary" };
        subsidiary.RelatedEntities[new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referencing }] =
            new EntityCollection(new List<Entity> { new("account") { ["name"] = "Holding" } });

        var id = org.Create(subsidiary);

        var parent = org.Retrieve("account", id, new ColumnSet("parentaccountid")).GetAttributeValue<EntityReference>("parentaccountid")!;
        Assert.Equal("Holding", org.Retrieve("account", parent.Id, new ColumnSet("name")).GetAttributeValue<string>("name"));
    }

    private static Entity Widget(string code) => new("cjp_widget") { ["cjp_name"] = "Widget " + code, ["cjp_code"] = code };

    private static List<Entity> Widgets(LocalOrganization org) =>
        org.RetrieveMultiple(new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_code", "cjp_name", "cjp_accountid") }).Entities.ToList();
}
