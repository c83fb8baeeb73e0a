using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.ServiceModel;
using System.Xml.Linq;
using CrmJourney.LocalOrg;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.Plugins.Registration;
using CrmJourney.Plugins.Schema;
using CrmJourney.Plugins.Sweep;
using CrmJourney.Plugins.Tests.Fakes;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json.Linq;

namespace CrmJourney.Plugins.Tests.Sweep;

/// <summary>
/// The cjp_RunNurtureSweep custom API executed through LocalOrg as an OrganizationRequest, and its
/// registration checked against the shipped customapi.xml.
/// </summary>
public sealed class RunNurtureSweepPluginTests
{
    [Fact]
    public void The_custom_api_runs_the_sweep_as_of_the_given_instant_and_returns_summary_token_and_completed()
    {
        var world = new SweepWorld();
        world.QuietRule();
        var account = world.QuietLtd();
        var request = new OrganizationRequest(RunNurtureSweepApi.UniqueName);
        request[RunNurtureSweepApi.Inputs.AsOf] = SweepWorld.AsOf;

        var response = world.Org.Execute(request);

        Assert.True((bool)response[RunNurtureSweepApi.Outputs.Completed]!);
        Assert.Equal(string.Empty, response[RunNurtureSweepApi.Outputs.ContinuationToken]);
        var summary = JObject.Parse((string)response[RunNurtureSweepApi.Outputs.Summary]!);
        Assert.Equal(1, summary.Value<int>("tasksCreated"));
        Assert.Equal("Quiet clients", summary["rules"]![0]!.Value<string>("name"));
        Assert.Equal(1, summary["rules"]![0]!.Value<int>("fired"));
        Assert.Equal("Check in with Quiet Ltd", world.TaskRegarding(account).GetAttributeValue<string>(Task.Columns.Subject));
    }

    [Fact]
    public void Without_as_of_the_custom_api_evaluates_at_the_operation_time()
    {
        var world = new SweepWorld();
        world.NotNowRule();
        world.LaterGmbh();

        var response = world.Org.Execute(new OrganizationRequest(RunNurtureSweepApi.UniqueName));

        var summary = JObject.Parse((string)response[RunNurtureSweepApi.Outputs.Summary]!);
        Assert.Equal(SweepWorld.AsOf, summary.Value<DateTime>("asOf").ToUniversalTime());
        Assert.Equal(SweepWorld.AsOf, Assert.Single(world.Logs).GetAttributeValue<DateTime>(NurtureLog.Columns.FiredOn));
    }

    [Fact]
    public void A_dry_run_through_the_custom_api_writes_nothing()
    {
        var world = new SweepWorld();
        world.AllRules();
        world.QuietLtd();
        world.LaterGmbh();
        var request = new OrganizationRequest(RunNurtureSweepApi.UniqueName);
        request[RunNurtureSweepApi.Inputs.DryRun] = true;

        var response = world.Org.Execute(request);

        var summary = JObject.Parse((string)response[RunNurtureSweepApi.Outputs.Summary]!);
        Assert.True(summary.Value<bool>("dryRun"));
        Assert.Equal(4, summary["firings"]!.Count());
        Assert.Empty(world.Tasks);
        Assert.Empty(world.Logs);
        Assert.Empty(world.Emails);
    }

    [Fact]
    public void The_rule_id_parameter_limits_the_sweep_to_that_rule()
    {
        var world = new SweepWorld();
        world.QuietRule();
        var notNow = world.NotNowRule();
        world.QuietLtd();
        var later = world.LaterGmbh();
        var request = new OrganizationRequest(RunNurtureSweepApi.UniqueName);
        request[RunNurtureSweepApi.Inputs.RuleId] = notNow;

        world.Org.Execute(request);

        Assert.Equal(later, Assert.Single(world.Tasks).GetAttributeValue<EntityReference>(Task.Columns.RegardingObjectId)!.Id);
    }

    [Fact]
    public void A_tampered_token_passed_to_the_custom_api_fails_with_the_refusal_message()
    {
        var world = new SweepWorld();
        world.QuietRule();
        var request = new OrganizationRequest(RunNurtureSweepApi.UniqueName);
        request[RunNurtureSweepApi.Inputs.ContinuationToken] = "cjps1.eyJ2IjoxfQ.00000000000000000000000000000000";

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => world.Org.Execute(request));

        Assert.StartsWith("The continuation token was refused: its checksum does not match its content", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_of_the_wrong_type_is_refused_naming_the_type_it_must_have()
    {
        var world = new SweepWorld();
        var request = new OrganizationRequest(RunNurtureSweepApi.UniqueName);
        request[RunNurtureSweepApi.Inputs.DryRun] = "yes";

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => world.Org.Execute(request));

        Assert.Equal("The DryRun parameter of cjp_RunNurtureSweep must be true or false; it was yes.", fault.Detail.Message);
    }

    [Fact]
    public void The_catalog_declares_the_custom_api_the_solution_ships_with_its_plugin_type_id()
    {
        var customApi = XDocument.Load(Path.Combine(SweepOrganization.RepositoryRoot(), "solution-package", "src", "customapis", "cjp_RunNurtureSweep", "customapi.xml")).Root!;

        var registration = Assert.Single(PluginCatalog.ForProductPlugins().CustomApis, a => a.UniqueName == customApi.Attribute("uniquename")!.Value);

        Assert.Equal(typeof(RunNurtureSweepPlugin), registration.PluginType);
        Assert.Equal("CrmJourney.Plugins.Sweep.RunNurtureSweepPlugin", registration.PluginType.FullName);
        Assert.Equal(Guid.Parse(customApi.Element("plugintypeid")!.Element("plugintypeid")!.Value), registration.PluginTypeId);
        Assert.Null(registration.BoundTable);
        Assert.Equal(customApi.Element("isfunction")!.Value == "1", registration.IsFunction);
        Assert.Equal(customApi.Element("executeprivilegename")!.Value, registration.ExecutePrivilegeName);
        Assert.Equal("prvWritecjp_nurturerule", registration.ExecutePrivilegeName);
    }

    [Fact]
    public void A_dry_run_reads_accounts_as_the_caller_and_a_real_sweep_as_SYSTEM()
    {
        var readers = new List<Guid>();
        var world = new SweepWorld(configure: builder => builder.AddPluginStep(PluginStep.ForInstance(
            "RetrieveMultiple", Account.LogicalName, CrmJourney.LocalOrg.Pipeline.PipelineStage.PreOperation, new DelegatePlugin(c => readers.Add(c.PluginExecutionContext.UserId)))));
        world.QuietRule();
        world.QuietLtd();
        var asOlivia = world.Org.Local.CreateOrganizationService(SweepWorld.Olivia);
        var dryRun = new OrganizationRequest(RunNurtureSweepApi.UniqueName) { [RunNurtureSweepApi.Inputs.DryRun] = true };

        asOlivia.Execute(dryRun);
        var dryRunReaders = readers.Distinct().ToList();
        readers.Clear();
        asOlivia.Execute(new OrganizationRequest(RunNurtureSweepApi.UniqueName));

        Assert.Equal(new[] { SweepWorld.Olivia }, dryRunReaders);
        Assert.Contains(LocalOrganization.SystemUserId, readers);
        Assert.DoesNotContain(SweepWorld.Olivia, readers);
    }

    [Fact]
    public void A_dry_run_of_one_rule_previews_it_before_it_is_activated_and_a_real_sweep_leaves_it_alone()
    {
        var world = new SweepWorld();
        var draft = world.QuietRule();
        world.Org.Update(new Entity(NurtureRule.LogicalName, draft) { [NurtureRule.Columns.StateCode] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });
        world.QuietLtd();
        var preview = new OrganizationRequest(RunNurtureSweepApi.UniqueName) { [RunNurtureSweepApi.Inputs.DryRun] = true, [RunNurtureSweepApi.Inputs.RuleId] = draft };

        var previewSummary = JObject.Parse((string)world.Org.Execute(preview)[RunNurtureSweepApi.Outputs.Summary]!);
        var realSummary = JObject.Parse((string)world.Org.Execute(new OrganizationRequest(RunNurtureSweepApi.UniqueName) { [RunNurtureSweepApi.Inputs.RuleId] = draft })[RunNurtureSweepApi.Outputs.Summary]!);

        Assert.Equal("Quiet Ltd", Assert.Single(previewSummary["firings"]!)!.Value<string>("account"));
        Assert.Equal(0, realSummary.Value<int>("tasksCreated"));
        Assert.Empty(realSummary["rules"]!);
        Assert.Empty(world.Tasks);
    }

    [Fact]
    public void The_parameter_names_match_the_shipped_request_parameters_and_response_properties()
    {
        var folder = Path.Combine(SweepOrganization.RepositoryRoot(), "solution-package", "src", "customapis", "cjp_RunNurtureSweep");

        var inputs = Directory.GetDirectories(Path.Combine(folder, "customapirequestparameters")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var outputs = Directory.GetDirectories(Path.Combine(folder, "customapiresponseproperties")).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(new[] { RunNurtureSweepApi.Inputs.AsOf, RunNurtureSweepApi.Inputs.ContinuationToken, RunNurtureSweepApi.Inputs.DryRun, RunNurtureSweepApi.Inputs.RuleId }, inputs);
        Assert.Equal(new[] { RunNurtureSweepApi.Outputs.Completed, RunNurtureSweepApi.Outputs.ContinuationToken, RunNurtureSweepApi.Outputs.Summary }, outputs);
    }
}
