using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Pipeline;

/// <summary>
/// SetState as current Dataverse runs it ("Behavior of specialized update operations"): an update of
/// statecode and statuscode, so Update steps filtered on them fire; steps registered on SetState run
/// around it; the client sent one request.
/// </summary>
public sealed class SetStatePipelineTests
{
    private static SetStateRequest Complete(Guid taskId) =>
        new() { EntityMoniker = new EntityReference("task", taskId), State = new OptionSetValue(1), Status = new OptionSetValue(5) };

    [Fact]
    public void An_update_step_filtered_on_statecode_runs_for_a_set_state_with_a_target_of_the_state_columns_and_both_images()
    {
        IPluginExecutionContext? seen = null;
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Update", "task", PipelineStage.PostOperation, new DelegatePlugin(services => seen = services.Context)) with
            {
                FilteringAttributes = new[] { "statecode" },
                Images = new[] { new StepImage("PreImage", StepImageType.PreImage, "statecode"), new StepImage("PostImage", StepImageType.PostImage, "statecode", "subject") },
            })
            .Build();
        var id = org.Create(new Entity("task") { ["subject"] = "Call" });

        org.Execute(Complete(id));

        Assert.NotNull(seen);
        Assert.Equal(("Update", "task", id), (seen!.MessageName, seen.PrimaryEntityName, seen.PrimaryEntityId));
        var target = Assert.IsType<Entity>(seen.InputParameters["Target"]);
        Assert.Equal(new[] { "statecode", "statuscode" }, target.Attributes.Keys.OrderBy(key => key, StringComparer.Ordinal));
        Assert.Equal(5, target.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
        Assert.Equal(0, seen.PreEntityImages["PreImage"].GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(1, seen.PostEntityImages["PostImage"].GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal("Call", seen.PostEntityImages["PostImage"].GetAttributeValue<string>("subject"));
    }

    [Fact]
    public void An_update_step_filtered_on_other_columns_does_not_run_for_a_set_state()
    {
        var fired = 0;
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Update", "task", PipelineStage.PostOperation, new DelegatePlugin(_ => fired++)) with { FilteringAttributes = new[] { "subject" } })
            .Build();
        var id = org.Create(new Entity("task") { ["subject"] = "Call" });

        org.Execute(Complete(id));

        Assert.Equal(0, fired);
    }

    [Fact]
    public void Set_state_steps_run_around_the_update_steps_each_once()
    {
        var order = new List<string>();
        PluginStep Step(string message, PipelineStage stage) =>
            PluginStep.ForInstance(message, "task", stage, new DelegatePlugin(services => order.Add($"{services.Context.MessageName} {services.Context.Stage}")));
        var org = TestOrganization.Builder()
            .AddPluginStep(Step("SetState", PipelineStage.PreOperation))
            .AddPluginStep(Step("SetState", PipelineStage.PostOperation))
            .AddPluginStep(Step("Update", PipelineStage.PreOperation) with { FilteringAttributes = new[] { "statecode" } })
            .AddPluginStep(Step("Update", PipelineStage.PostOperation) with { FilteringAttributes = new[] { "statuscode" } })
            .Build();
        var id = org.Create(new Entity("task") { ["subject"] = "Call" });

        org.Execute(Complete(id));

        Assert.Equal(new[] { "SetState 20", "Update 20", "Update 40", "SetState 40" }, order);
    }

    [Fact]
    public void An_update_of_statecode_does_not_run_set_state_steps()
    {
        var fired = 0;
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("SetState", "task", PipelineStage.PostOperation, new DelegatePlugin(_ => fired++)))
            .Build();
        var id = org.Create(new Entity("task") { ["subject"] = "Call" });

        org.Update(new Entity("task", id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(5) });

        Assert.Equal(0, fired);
    }

    [Fact]
    public void A_set_state_is_one_request_for_the_counters_and_for_throttling()
    {
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Update", "task", PipelineStage.PostOperation, new DelegatePlugin(_ => { })) with { FilteringAttributes = new[] { "statecode" } })
            .Build();
        var id = org.Create(new Entity("task") { ["subject"] = "Call" });
        org.Counters.Reset();
        org.Faults.Throttle(requests: 1, window: TimeSpan.FromMinutes(5));

        org.Execute(Complete(id));

        org.Faults.Clear();
        Assert.Equal((1, 1, 0), (org.Counters.Total, org.Counters.For("SetState"), org.Counters.For("Update")));
        Assert.Equal(1, org.Retrieve("task", id, new ColumnSet("statecode")).GetAttributeValue<OptionSetValue>("statecode")!.Value);
    }

    [Fact]
    public void An_update_step_that_refuses_the_change_leaves_the_row_open_and_faults_the_set_state()
    {
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Update", "task", PipelineStage.PreOperation, new DelegatePlugin(_ => throw new InvalidPluginExecutionException("This task cannot be closed yet; finish its checklist first."))) with
            {
                FilteringAttributes = new[] { "statecode" },
            })
            .Build();
        var id = org.Create(new Entity("task") { ["subject"] = "Call" });

        var fault = Support.Faults.Expect(ErrorCodes.IsvAborted, () => org.Execute(Complete(id)));

        Assert.Equal("This task cannot be closed yet; finish its checklist first.", fault.Message);
        Assert.Equal(0, org.Retrieve("task", id, new ColumnSet("statecode")).GetAttributeValue<OptionSetValue>("statecode")!.Value);
    }

    [Fact]
    public void An_asynchronous_update_step_queued_by_a_set_state_runs_when_the_queue_drains()
    {
        string? message = null;
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Update", "task", PipelineStage.PostOperation, new DelegatePlugin(services => message = services.Context.MessageName)) with
            {
                Mode = StepMode.Asynchronous,
                FilteringAttributes = new[] { "statecode" },
            })
            .Build();
        org.AutoDrainAsync = false;
        var id = org.Create(new Entity("task") { ["subject"] = "Call" });

        org.Execute(Complete(id));
        var before = message;
        var ran = org.DrainAsync();

        Assert.Null(before);
        Assert.Equal(1, ran);
        Assert.Equal("Update", message);
    }
}
