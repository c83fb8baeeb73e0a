using System.Linq;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.Plugins.Registration;
using CrmJourney.Plugins.Touchpoints;

namespace CrmJourney.Hosting.Tests;

public sealed class PluginStepAdapterTests
{
    [Fact]
    public void An_async_update_step_keeps_its_id_stage_mode_filter_and_both_images()
    {
        var registration = PluginCatalog.ForProductPlugins().Steps
            .Single(s => s.PluginType == typeof(TouchpointPlugin) && s.Message == "Update" && s.Table == "task");

        var step = PluginStepAdapter.ToLocalStep(registration);

        Assert.Equal(registration.Id, step.Id);
        Assert.Equal(CrmJourney.LocalOrg.Pipeline.PipelineStage.PostOperation, step.Stage);
        Assert.Equal(StepMode.Asynchronous, step.Mode);
        Assert.Equal(new[] { "statecode" }, step.FilteringAttributes);
        var pre = Assert.Single(step.Images, i => i.IsPre);
        Assert.Equal("PreImage", pre.Name);
        Assert.Equal(new[] { "statecode" }, pre.Columns);
        var post = Assert.Single(step.Images, i => i.IsPost);
        Assert.Equal("PostImage", post.Name);
        Assert.Contains("cjp_nurtureruleid", post.Columns);
        Assert.Null(step.Validate());
    }

    [Fact]
    public void The_unsecure_configuration_reaches_the_plugin_constructor()
    {
        var registration = PluginCatalog.ForProductPlugins().Steps.Single(s => s.Message == "Lose");

        var step = PluginStepAdapter.ToLocalStep(registration);

        Assert.Equal("{\"notNow\":[4],\"noWay\":[5],\"revisitAfterDays\":180}", step.UnsecureConfiguration);
        Assert.IsType<CrmJourney.Plugins.Opportunities.OpportunityLostPlugin>(step.PluginFactory(step.UnsecureConfiguration, null));
    }
}
