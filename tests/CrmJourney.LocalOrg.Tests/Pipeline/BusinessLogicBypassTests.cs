using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Pipeline;

/// <summary>
/// The optional parameters that bypass custom logic (BypassBusinessLogicExecutionStepIds, BypassBusinessLogicExecution,
/// BypassCustomPluginExecution): the named steps do not run for the request and its bulk items, other steps do, and a
/// caller without the privilege is refused before anything is written.
/// </summary>
public sealed class BusinessLogicBypassTests
{
    private static readonly Guid _countingStep = new("b1a55000-0000-4000-8000-000000000001");
    private static readonly Guid _auditStep = new("b1a55000-0000-4000-8000-000000000002");
    private static readonly Guid _plainUser = new("b1a55000-0000-4000-8000-000000000003");

    private sealed class Fired
    {
        public List<string> Steps { get; } = new();
    }

    private static LocalOrganization Organization(Fired fired) =>
        TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(_ => fired.Steps.Add("counting"))) with { Id = _countingStep })
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(_ => fired.Steps.Add("audit"))) with { Id = _auditStep })
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(_ => fired.Steps.Add("async"))) with { Mode = StepMode.Asynchronous })
            .Build();

    private static CreateMultipleRequest TwoAccounts() => new()
    {
        Targets = new EntityCollection(new List<Entity> { new("account") { ["name"] = "A" }, new("account") { ["name"] = "B" } }) { EntityName = "account" },
    };

    [Fact]
    public void A_CreateMultiple_naming_a_step_id_creates_every_row_without_running_that_step_for_any_item()
    {
        var fired = new Fired();
        var org = Organization(fired);
        var request = TwoAccounts();
        request.Parameters["BypassBusinessLogicExecutionStepIds"] = _countingStep.ToString();

        org.Execute(request);
        org.DrainAsync();

        Assert.Equal(2, org.RetrieveMultiple(new QueryExpression("account")).Entities.Count);
        Assert.Equal(new[] { "audit", "audit" }, fired.Steps.Where(s => s != "async"));
        Assert.Equal(2, fired.Steps.Count(s => s == "async"));
    }

    [Fact]
    public void Without_the_parameter_every_step_runs_and_the_next_request_is_not_affected_by_an_earlier_bypass()
    {
        var fired = new Fired();
        var org = Organization(fired);
        var bypassed = new CreateRequest { Target = new Entity("account") { ["name"] = "Skipped" } };
        bypassed.Parameters["BypassBusinessLogicExecutionStepIds"] = _countingStep + "," + _auditStep;
        org.Execute(bypassed);
        fired.Steps.Clear();

        org.Create(new Entity("account") { ["name"] = "Plain" });

        Assert.Contains("counting", fired.Steps);
        Assert.Contains("audit", fired.Steps);
    }

    [Fact]
    public void CustomSync_skips_the_synchronous_steps_and_queues_the_asynchronous_ones()
    {
        var fired = new Fired();
        var org = Organization(fired);
        var request = new CreateRequest { Target = new Entity("account") { ["name"] = "Bulk" } };
        request.Parameters["BypassBusinessLogicExecution"] = "CustomSync";

        org.Execute(request);
        org.DrainAsync();

        Assert.Equal(new[] { "async" }, fired.Steps);
    }

    [Fact]
    public void A_caller_without_prvBypassCustomBusinessLogic_is_refused_and_nothing_is_created()
    {
        var fired = new Fired();
        var org = Organization(fired);
        var request = TwoAccounts();
        request.Parameters["BypassBusinessLogicExecutionStepIds"] = _countingStep.ToString();

        var fault = Support.Faults.Expect(ErrorCodes.PrivilegeDenied, () => org.CreateOrganizationService(_plainUser).Execute(request));

        Assert.Contains("prvBypassCustomBusinessLogic", fault.Message, StringComparison.Ordinal);
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("account")).Entities);
        Assert.Empty(fired.Steps);
    }

    [Fact]
    public void A_step_id_list_that_is_not_guids_is_refused_naming_the_parameter()
    {
        var org = Organization(new Fired());
        var request = new CreateRequest { Target = new Entity("account") { ["name"] = "X" } };
        request.Parameters["BypassBusinessLogicExecutionStepIds"] = "counting-step";

        var fault = Support.Faults.Expect(ErrorCodes.InvalidArgument, () => org.Execute(request));

        Assert.Contains("BypassBusinessLogicExecutionStepIds", fault.Message, StringComparison.Ordinal);
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("account")).Entities);
    }
}
