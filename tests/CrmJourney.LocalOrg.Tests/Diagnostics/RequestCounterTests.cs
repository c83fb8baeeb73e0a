using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Diagnostics;

public sealed class RequestCounterTests
{
    [Fact]
    public void Nested_calls_made_by_plugins_are_counted_per_message_and_table()
    {
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "task", PipelineStage.PostOperation, new DelegatePlugin(services =>
            {
                services.Service.Retrieve("task", services.Context.PrimaryEntityId, new ColumnSet("subject"));
                services.Service.Update(new Entity("task", services.Context.PrimaryEntityId) { ["description"] = "touched" });
            })))
            .Build();
        org.Counters.Reset();

        org.Create(new Entity("task") { ["subject"] = "Call" });

        Assert.Equal(3, org.Counters.Total);
        Assert.Equal(1, org.Counters.For("Create", "task"));
        Assert.Equal(1, org.Counters.For("Retrieve", "task"));
        Assert.Equal(1, org.Counters.For("update", "task"));
        Assert.Equal(0, org.Counters.For("Create", "account"));
    }

    [Fact]
    public void Requests_inside_ExecuteMultiple_count_as_well_as_the_batch_itself()
    {
        var org = TestOrganization.Create();
        org.Counters.Reset();

        org.Execute(new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings(),
            Requests = new OrganizationRequestCollection { new CreateRequest { Target = new Entity("account") }, new CreateRequest { Target = new Entity("account") } },
        });

        Assert.Equal(1, org.Counters.For("ExecuteMultiple"));
        Assert.Equal(2, org.Counters.For("Create", "account"));
        Assert.Equal(3, org.Counters.Total);
    }

    [Fact]
    public void Reset_starts_counting_from_zero()
    {
        var org = TestOrganization.Create();
        org.Create(new Entity("account"));
        org.RetrieveMultiple(new QueryExpression("account"));

        org.Counters.Reset();

        Assert.Equal((0, 0L, 0L), (org.Counters.Total, org.Counters.IndexHits, org.Counters.Scans));
    }

    [Fact]
    public void Every_queued_asynchronous_execution_counts_as_a_system_job_even_one_that_deletes_its_row()
    {
        var keeps = PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(_ => { })) with { Mode = StepMode.Asynchronous, Name = "Keeps its job" };
        var deletes = PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(_ => { })) with { Mode = StepMode.Asynchronous, Name = "Deletes its job", AsyncAutoDelete = true };
        var org = TestOrganization.Builder().AddPluginStep(keeps).AddPluginStep(deletes).Build();

        org.Create(new Entity("account"));
        org.Create(new Entity("account"));
        org.DrainAsync();

        // Two creates × two async steps = 4 queued; only the 2 of the step that keeps its row remain as rows.
        Assert.Equal(4, org.Counters.SystemJobsQueued);
        Assert.Equal(2, org.SystemJobs().Count);
        org.Counters.Reset();
        Assert.Equal(0, org.Counters.SystemJobsQueued);
    }
}
