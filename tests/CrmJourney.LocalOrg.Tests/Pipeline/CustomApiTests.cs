using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Tests.Pipeline;

public sealed class CustomApiTests
{
    [Fact]
    public void A_custom_API_runs_its_plugin_with_the_request_inputs_and_returns_its_outputs()
    {
        IPluginExecutionContext? seen = null;
        var org = TestOrganization.Builder()
            .AddCustomApi("cjp_RunNurtureSweep", new DelegatePlugin(services =>
            {
                seen = services.Context;
                var dryRun = (bool)services.Context.InputParameters["DryRun"]!;
                services.Context.OutputParameters["Summary"] = dryRun ? "would create 0 tasks" : "created 0 tasks";
                services.Context.OutputParameters["Completed"] = true;
            }))
            .Build();
        var request = new OrganizationRequest("cjp_RunNurtureSweep") { ["DryRun"] = true };

        var response = org.Execute(request);

        Assert.Equal("would create 0 tasks", response["Summary"]);
        Assert.Equal(true, response["Completed"]);
        Assert.Equal(("cjp_RunNurtureSweep", 30), (seen!.MessageName, seen.Stage));
        Assert.True(seen.IsInTransaction);
    }

    [Fact]
    public void A_custom_API_plugin_that_throws_rolls_back_its_writes()
    {
        var org = TestOrganization.Builder()
            .AddCustomApi("cjp_Failing", new DelegatePlugin(services =>
            {
                services.Service.Create(new Entity("account") { ["name"] = "Written then undone" });
                throw new InvalidPluginExecutionException("Sweep refused.");
            }))
            .Build();

        Support.Faults.Expect(ErrorCodes.IsvAborted, () => org.Execute(new OrganizationRequest("cjp_Failing")));

        Assert.Empty(org.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression("account")).Entities);
    }

    [Fact]
    public void Steps_registered_on_a_custom_API_message_run_around_it()
    {
        var order = new System.Collections.Generic.List<string>();
        var org = TestOrganization.Builder()
            .AddCustomApi("cjp_Ping", new DelegatePlugin(_ => order.Add("main")))
            .AddPluginStep(PluginStep.ForInstance("cjp_Ping", null, PipelineStage.PreOperation, new DelegatePlugin(_ => order.Add("pre"))))
            .AddPluginStep(PluginStep.ForInstance("cjp_Ping", null, PipelineStage.PostOperation, new DelegatePlugin(_ => order.Add("post"))))
            .Build();

        org.Execute(new OrganizationRequest("cjp_Ping"));

        Assert.Equal(new[] { "pre", "main", "post" }, order);
    }

    [Fact]
    public void An_unknown_message_faults_naming_it()
    {
        var org = TestOrganization.Create();

        var fault = Support.Faults.Expect(ErrorCodes.NotSupported, () => org.Execute(new OrganizationRequest("cjp_NotRegistered")));

        Assert.Equal("LocalOrg does not support the message 'cjp_NotRegistered'.", fault.Message);
    }
}
