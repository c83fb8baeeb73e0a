using System;
using System.Collections.Generic;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Pipeline;

public sealed class StepOrderAndContextTests
{
    [Fact]
    public void Steps_run_by_stage_then_rank_then_registration_order()
    {
        var ran = new List<string>();
        PluginStep Step(string name, PipelineStage stage, int rank) =>
            PluginStep.ForInstance("Create", "account", stage, new DelegatePlugin(_ => ran.Add(name))) with { Rank = rank };
        var org = TestOrganization.Builder()
            .AddPluginStep(Step("post", PipelineStage.PostOperation, 1))
            .AddPluginStep(Step("pre rank 2", PipelineStage.PreOperation, 2))
            .AddPluginStep(Step("pre rank 1 first", PipelineStage.PreOperation, 1))
            .AddPluginStep(Step("pre rank 1 second", PipelineStage.PreOperation, 1))
            .AddPluginStep(Step("validation", PipelineStage.PreValidation, 5))
            .Build();

        org.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Equal(new[] { "validation", "pre rank 1 first", "pre rank 1 second", "pre rank 2", "post" }, ran);
    }

    [Fact]
    public void A_change_to_Target_in_pre_operation_reaches_the_stored_row()
    {
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PreOperation, new DelegatePlugin(services =>
                ((Entity)services.Context.InputParameters["Target"]!)["accountnumber"] = "ACC-1")))
            .Build();

        var id = org.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Equal("ACC-1", org.Retrieve("account", id, new ColumnSet("accountnumber")).GetAttributeValue<string>("accountnumber"));
    }

    [Fact]
    public void A_plugin_changing_Target_does_not_change_the_callers_entity()
    {
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PreOperation, new DelegatePlugin(services =>
                ((Entity)services.Context.InputParameters["Target"]!)["accountnumber"] = "ACC-1")))
            .Build();
        var callers = new Entity("account") { ["name"] = "Contoso" };

        org.Create(callers);

        Assert.False(callers.Contains("accountnumber"));
    }

    [Fact]
    public void Shared_variables_set_before_the_operation_are_read_after_it()
    {
        object? seen = null;
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PreValidation, new DelegatePlugin(services => services.Context.SharedVariables["reason"] = "imported")))
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(services => seen = services.Context.SharedVariables["reason"])))
            .Build();

        org.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Equal("imported", seen);
    }

    [Fact]
    public void Post_operation_of_Create_sees_the_new_id_in_OutputParameters_and_as_PrimaryEntityId()
    {
        object? outputId = null;
        var primaryId = Guid.Empty;
        var preId = Guid.NewGuid();
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PreOperation, new DelegatePlugin(services => preId = services.Context.PrimaryEntityId)))
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(services =>
            {
                outputId = services.Context.OutputParameters["id"];
                primaryId = services.Context.PrimaryEntityId;
            })))
            .Build();

        var id = org.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Equal(Guid.Empty, preId);
        Assert.Equal(id, outputId);
        Assert.Equal(id, primaryId);
    }

    [Fact]
    public void The_context_carries_message_table_stage_mode_depth_users_time_and_organization()
    {
        var clock = new TestClock(new DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc));
        var contexts = new List<IPluginExecutionContext>();
        var org = TestOrganization.Builder(clock)
            .UseOrganization(new Guid("0b0b0b0b-0000-4000-8000-000000000001"), "firm")
            .AddPluginStep(PluginStep.ForInstance("Update", "account", PipelineStage.PreValidation, new DelegatePlugin(services => contexts.Add(services.Context))))
            .AddPluginStep(PluginStep.ForInstance("Update", "account", PipelineStage.PreOperation, new DelegatePlugin(services => contexts.Add(services.Context))))
            .Build();
        var user = org.Create(new Entity("systemuser") { ["fullname"] = "Dana Partner" });
        var id = org.Create(new Entity("account") { ["name"] = "Contoso" });

        org.CreateOrganizationService(user).Update(new Entity("account", id) { ["name"] = "Contoso Ltd" });

        var validation = contexts[0];
        var operation = contexts[1];
        Assert.Equal(("Update", "account", id), (validation.MessageName, validation.PrimaryEntityName, validation.PrimaryEntityId));
        Assert.Equal((10, 20), (validation.Stage, operation.Stage));
        Assert.Equal((0, 1), (operation.Mode, operation.Depth));
        Assert.Equal((user, user), (operation.UserId, operation.InitiatingUserId));
        Assert.Equal(new DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc), operation.OperationCreatedOn);
        Assert.Equal((new Guid("0b0b0b0b-0000-4000-8000-000000000001"), "firm"), (operation.OrganizationId, operation.OrganizationName));
        Assert.Equal(org.BusinessUnitId, operation.BusinessUnitId);
        Assert.False(validation.IsInTransaction);
        Assert.True(operation.IsInTransaction);
        Assert.Equal(validation.CorrelationId, operation.CorrelationId);
    }

    [Fact]
    public void Target_is_an_entity_for_Create_and_Update_and_a_reference_for_Delete()
    {
        var targets = new List<object?>();
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PreOperation, new DelegatePlugin(services => targets.Add(services.Context.InputParameters["Target"]))))
            .AddPluginStep(PluginStep.ForInstance("Update", "account", PipelineStage.PreOperation, new DelegatePlugin(services => targets.Add(services.Context.InputParameters["Target"]))))
            .AddPluginStep(PluginStep.ForInstance("Delete", "account", PipelineStage.PreOperation, new DelegatePlugin(services => targets.Add(services.Context.InputParameters["Target"]))))
            .Build();

        var id = org.Create(new Entity("account") { ["name"] = "Contoso" });
        org.Update(new Entity("account", id) { ["name"] = "Renamed" });
        org.Delete("account", id);

        Assert.IsType<Entity>(targets[0]);
        Assert.IsType<Entity>(targets[1]);
        Assert.Equal(new EntityReference("account", id), Assert.IsType<EntityReference>(targets[2]));
    }

    [Fact]
    public void A_step_registered_for_every_table_runs_for_each_of_them()
    {
        var tables = new List<string>();
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", null, PipelineStage.PostOperation, new DelegatePlugin(services => tables.Add(services.Context.PrimaryEntityName))))
            .Build();

        org.Create(new Entity("account") { ["name"] = "Contoso" });
        org.Create(new Entity("task") { ["subject"] = "Call" });

        Assert.Equal(new[] { "account", "task" }, tables);
    }

    [Fact]
    public void A_plugin_type_is_constructed_once_with_its_unsecure_and_secure_configuration()
    {
        ConfiguredPlugin.Reset();
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.For<ConfiguredPlugin>("Create", "account", PipelineStage.PostOperation) with { UnsecureConfiguration = "open", SecureConfiguration = "secret" })
            .Build();

        org.Create(new Entity("account") { ["name"] = "One" });
        org.Create(new Entity("account") { ["name"] = "Two" });

        Assert.Equal(1, ConfiguredPlugin.Constructed);
        Assert.Equal(("open", "secret"), ConfiguredPlugin.LastConfiguration);
        Assert.Equal(2, ConfiguredPlugin.Executions);
    }

    [Fact]
    public void Registering_a_pre_image_on_Create_is_refused_because_the_row_does_not_exist_yet()
    {
        var step = PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(_ => { })) with
        {
            Images = new[] { new StepImage("PreImage", StepImageType.PreImage) },
        };

        var exception = Assert.Throws<ArgumentException>(() => TestOrganization.Builder().AddPluginStep(step));

        Assert.Contains("Create has no pre-image", exception.Message);
    }
}
