using System;
using System.Collections.Generic;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Pipeline;

public sealed class NestingAndRollbackTests
{
    [Fact]
    public void A_nested_call_runs_its_own_steps_one_level_deeper_with_the_same_correlation_and_a_parent_context()
    {
        IPluginExecutionContext? outer = null;
        IPluginExecutionContext? inner = null;
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(services =>
            {
                outer = services.Context;
                services.Service.Create(new Entity("task") { ["subject"] = "Welcome call", ["regardingobjectid"] = new EntityReference("account", services.Context.PrimaryEntityId) });
            })))
            .AddPluginStep(PluginStep.ForInstance("Create", "task", PipelineStage.PreOperation, new DelegatePlugin(services => inner = services.Context)))
            .Build();

        org.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Equal(1, outer!.Depth);
        Assert.Equal(2, inner!.Depth);
        Assert.Equal(outer.CorrelationId, inner.CorrelationId);
        Assert.Equal("account", inner.ParentContext!.PrimaryEntityName);
        Assert.Equal(LocalOrganization.DefaultUserId, inner.InitiatingUserId);
    }

    [Fact]
    public void A_service_created_for_no_user_acts_as_SYSTEM_while_the_initiating_user_stays_the_caller()
    {
        IPluginExecutionContext? inner = null;
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(services =>
                services.Factory.CreateOrganizationService(null).Create(new Entity("task") { ["subject"] = "As system" }))))
            .AddPluginStep(PluginStep.ForInstance("Create", "task", PipelineStage.PreOperation, new DelegatePlugin(services => inner = services.Context)))
            .Build();

        org.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Equal(LocalOrganization.SystemUserId, inner!.UserId);
        Assert.Equal(LocalOrganization.DefaultUserId, inner.InitiatingUserId);
    }

    [Fact]
    public void An_exception_in_a_post_operation_step_rolls_back_the_operation_and_the_nested_writes()
    {
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(services =>
                services.Service.Create(new Entity("task") { ["subject"] = "Nested write" }))) with
            { Rank = 1 })
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(_ =>
                throw new InvalidPluginExecutionException("Choose a relationship partner first."))) with
            { Rank = 2 })
            .Build();

        var fault = Support.Faults.Expect(ErrorCodes.IsvAborted, () => org.Create(new Entity("account") { ["name"] = "Contoso" }));

        Assert.Equal("Choose a relationship partner first.", fault.Message);
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("account")).Entities);
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("task")).Entities);
    }

    [Fact]
    public void An_update_rolled_back_by_a_failing_step_leaves_the_row_as_it_was()
    {
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Update", "account", PipelineStage.PostOperation, new DelegatePlugin(_ => throw new InvalidPluginExecutionException("No."))))
            .Build();
        var id = org.Create(new Entity("account") { ["name"] = "Before" });

        Support.Faults.Expect(ErrorCodes.IsvAborted, () => org.Update(new Entity("account", id) { ["name"] = "After" }));

        Assert.Equal("Before", org.Retrieve("account", id, new ColumnSet("name")).GetAttributeValue<string>("name"));
    }

    [Fact]
    public void An_error_from_a_step_two_levels_down_reaches_the_caller_unwrapped()
    {
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(services =>
                services.Service.Create(new Entity("task") { ["subject"] = "Nested" }))))
            .AddPluginStep(PluginStep.ForInstance("Create", "task", PipelineStage.PreOperation, new DelegatePlugin(_ =>
                throw new InvalidPluginExecutionException("Tasks need a due date."))))
            .Build();

        var fault = Support.Faults.Expect(ErrorCodes.IsvAborted, () => org.Create(new Entity("account") { ["name"] = "Contoso" }));

        Assert.Equal("Tasks need a due date.", fault.Message);
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [Fact]
    public void Any_other_exception_surfaces_as_an_unexpected_plugin_error_with_the_plugins_trace()
    {
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PreOperation, new DelegatePlugin(services =>
            {
                services.Tracing.Trace("Reading {0}", "parent");
                throw new InvalidOperationException("Parent missing");
            })))
            .Build();

        var fault = Support.Faults.Expect(ErrorCodes.IsvUnexpected, () => org.Create(new Entity("account") { ["name"] = "Contoso" }));

        Assert.Contains("Unexpected exception from plug-in (Execute): " + typeof(DelegatePlugin).FullName + ": System.InvalidOperationException: Parent missing", fault.Message);
        Assert.Equal("Reading parent", fault.TraceText);
    }

    [Fact]
    public void A_step_that_updates_its_own_row_forever_is_stopped_by_the_depth_guard_and_nothing_is_kept()
    {
        var depths = new List<int>();
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Update", "account", PipelineStage.PostOperation, new DelegatePlugin(services =>
            {
                depths.Add(services.Context.Depth);
                services.Service.Update(new Entity("account", services.Context.PrimaryEntityId) { ["telephone1"] = "depth " + services.Context.Depth });
            })))
            .Build();
        var id = org.Create(new Entity("account") { ["name"] = "Loop", ["telephone1"] = "start" });

        var fault = Support.Faults.Expect(ErrorCodes.InfiniteLoop, () => org.Update(new Entity("account", id) { ["telephone1"] = "go" }));

        Assert.Contains("infinite loop", fault.Message);
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6, 7, 8 }, depths);
        Assert.Equal("start", org.Retrieve("account", id, new ColumnSet("telephone1")).GetAttributeValue<string>("telephone1"));
    }

    [Fact]
    public void A_plugin_that_catches_a_failed_nested_call_keeps_its_other_writes_but_not_the_failed_ones()
    {
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(services =>
            {
                try
                {
                    services.Service.Create(new Entity("task") { ["subject"] = "Will fail" });
                }
                catch (System.ServiceModel.FaultException<OrganizationServiceFault>)
                {
                    services.Tracing.Trace("ignored");
                }
            })))
            .AddPluginStep(PluginStep.ForInstance("Create", "task", PipelineStage.PostOperation, new DelegatePlugin(_ => throw new InvalidPluginExecutionException("No tasks."))))
            .Build();

        org.Create(new Entity("account") { ["name"] = "Kept" });

        Assert.Single(org.RetrieveMultiple(new QueryExpression("account")).Entities);
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("task")).Entities);
    }

    [Fact]
    public void Impersonating_a_user_stamps_that_user_and_reaches_the_steps_as_UserId()
    {
        var stepUser = Guid.Empty;
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PreOperation, new DelegatePlugin(services => stepUser = services.Context.UserId)))
            .Build();
        var user = org.Create(new Entity("systemuser") { ["fullname"] = "Dana Partner" });

        var id = org.CreateOrganizationService(user).Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Equal(user, stepUser);
        Assert.Equal(user, org.Retrieve("account", id, new ColumnSet("createdby")).GetAttributeValue<EntityReference>("createdby")!.Id);
    }
}
