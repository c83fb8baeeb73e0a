using System;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Pipeline;

public sealed class AsyncAndTraceTests
{
    private static PluginStep Async(IPlugin plugin) =>
        PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, plugin) with { Mode = StepMode.Asynchronous, Name = "Async follow-up" };

    [Fact]
    public void An_async_step_waits_for_DrainAsync_and_then_runs_outside_the_transaction_in_async_mode()
    {
        IPluginExecutionContext? seen = null;
        var org = TestOrganization.Builder().AddPluginStep(Async(new DelegatePlugin(services => seen = services.Context))).Build();

        var id = org.Create(new Entity("account") { ["name"] = "Contoso" });
        var beforeDrain = seen;
        var ran = org.DrainAsync();

        Assert.Null(beforeDrain);
        Assert.Equal(1, ran);
        Assert.Equal((1, false, id), (seen!.Mode, seen.IsInTransaction, seen.PrimaryEntityId));
        Assert.Equal(id, seen.OutputParameters["id"]);
    }

    [Fact]
    public void Work_queued_by_async_steps_is_drained_too()
    {
        var org = TestOrganization.Builder()
            .AddPluginStep(Async(new DelegatePlugin(services => services.Service.Create(new Entity("task") { ["subject"] = "From async" }))))
            .AddPluginStep(PluginStep.ForInstance("Create", "task", PipelineStage.PostOperation, new DelegatePlugin(services =>
                services.Service.Update(new Entity("task", services.Context.PrimaryEntityId) { ["description"] = "second wave" }))) with
            { Mode = StepMode.Asynchronous })
            .Build();

        org.Create(new Entity("account") { ["name"] = "Contoso" });
        var ran = org.DrainAsync();

        Assert.Equal(2, ran);
        var task = Assert.Single(org.RetrieveMultiple(new QueryExpression("task") { ColumnSet = new ColumnSet("description") }).Entities);
        Assert.Equal("second wave", task.GetAttributeValue<string>("description"));
        Assert.Equal(0, org.PendingAsyncCount);
    }

    [Fact]
    public void A_failing_async_step_becomes_a_failed_system_job_and_never_reaches_the_caller()
    {
        var org = TestOrganization.Builder().AddPluginStep(Async(new DelegatePlugin(_ => throw new InvalidPluginExecutionException("Mail server down.")))).Build();
        var id = org.Create(new Entity("account") { ["name"] = "Contoso" });

        org.DrainAsync();

        var job = Assert.Single(org.SystemJobs());
        Assert.Equal(AsyncOperationStatus.Failed, job.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
        Assert.Equal(AsyncOperationStatus.CompletedState, job.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal("Mail server down.", job.GetAttributeValue<string>("message"));
        Assert.Equal(("Async follow-up", "Create", "account", id), (job.GetAttributeValue<string>("name"), job.GetAttributeValue<string>("messagename"), job.GetAttributeValue<string>("primaryentitytype"), job.GetAttributeValue<Guid>("regardingobjectid")));
        Assert.Equal(0, job.GetAttributeValue<int>("retrycount"));
    }

    [Fact]
    public void An_async_step_asking_for_retry_is_retried_four_times_before_its_job_fails()
    {
        var attempts = 0;
        var org = TestOrganization.Builder().AddPluginStep(Async(new DelegatePlugin(_ =>
        {
            attempts++;
            throw new InvalidPluginExecutionException(OperationStatus.Retry, "Try later.");
        }))).Build();
        org.Create(new Entity("account") { ["name"] = "Contoso" });

        org.DrainAsync();

        Assert.Equal(5, attempts);
        var job = Assert.Single(org.SystemJobs());
        Assert.Equal(4, job.GetAttributeValue<int>("retrycount"));
        Assert.Equal(AsyncOperationStatus.Failed, job.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
    }

    [Fact]
    public void An_async_step_that_succeeds_on_a_retry_records_a_succeeded_job()
    {
        var attempts = 0;
        var org = TestOrganization.Builder().AddPluginStep(Async(new DelegatePlugin(_ =>
        {
            if (++attempts < 3)
            {
                throw new InvalidPluginExecutionException(OperationStatus.Retry, "Busy.");
            }
        }))).Build();
        org.Create(new Entity("account") { ["name"] = "Contoso" });

        org.DrainAsync();

        var job = Assert.Single(org.SystemJobs());
        Assert.Equal(AsyncOperationStatus.Succeeded, job.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
        Assert.Equal(2, job.GetAttributeValue<int>("retrycount"));
    }

    [Fact]
    public void Async_work_of_an_operation_that_failed_is_dropped()
    {
        var ran = false;
        var org = TestOrganization.Builder()
            .AddPluginStep(Async(new DelegatePlugin(_ => ran = true)))
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(_ => throw new InvalidPluginExecutionException("Refused."))))
            .Build();

        Support.Faults.Expect(ErrorCodes.IsvAborted, () => org.Create(new Entity("account") { ["name"] = "Contoso" }));
        org.DrainAsync();

        Assert.False(ran);
        Assert.Equal(0, org.PendingAsyncCount);
    }

    [Fact]
    public void With_auto_drain_async_steps_run_before_the_request_returns()
    {
        var ran = false;
        var org = TestOrganization.Builder().AddPluginStep(Async(new DelegatePlugin(_ => ran = true))).UseAutoDrainAsync().Build();

        org.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.True(ran);
        Assert.Equal(0, org.PendingAsyncCount);
    }

    [Fact]
    public void Each_plugin_execution_trace_is_recorded_with_type_message_depth_and_correlation()
    {
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(services =>
            {
                services.Tracing.Trace("outer {0}", services.Context.PrimaryEntityName);
                services.Service.Create(new Entity("task") { ["subject"] = "nested" });
            })))
            .AddPluginStep(PluginStep.ForInstance("Create", "task", PipelineStage.PreOperation, new DelegatePlugin(services => services.Tracing.Trace("inner"))))
            .Build();

        org.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Equal(2, org.Traces.Count);
        var inner = org.Traces[0];
        var outer = org.Traces[1];
        Assert.Equal(("inner", 2, "task", 20), (inner.Text, inner.Depth, inner.PrimaryEntityName, inner.Stage));
        Assert.Equal(("outer account", 1, "Create", 40), (outer.Text, outer.Depth, outer.MessageName, outer.Stage));
        Assert.Equal(outer.CorrelationId, inner.CorrelationId);
        Assert.Equal(typeof(DelegatePlugin).FullName, outer.PluginType);
        org.Traces.Clear();
        Assert.Empty(org.Traces.ToList());
    }
}
