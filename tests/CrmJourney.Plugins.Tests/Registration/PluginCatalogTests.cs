using System;
using System.Linq;
using CrmJourney.Plugins.Registration;
using CrmJourney.Plugins.Tests.Registration.Samples;

namespace CrmJourney.Plugins.Tests.Registration;

public sealed class PluginCatalogTests
{
    [Fact]
    public void Every_declared_step_is_read_with_its_named_arguments()
    {
        var catalog = PluginCatalog.FromTypes([typeof(WellDeclaredPlugin)]);

        var update = catalog.Steps.Single(s => s.Message == "Update");
        Assert.Equal(typeof(WellDeclaredPlugin), update.PluginType);
        Assert.Equal(new Guid("6c1f0b7e-2d4a-4f3b-9e8d-7a6b5c4d3e2f"), update.Id);
        Assert.Equal("account", update.Table);
        Assert.Equal(PipelineStage.PreOperation, update.Stage);
        Assert.Equal(ExecutionMode.Synchronous, update.Mode);
        Assert.Equal(2, update.Rank);
        Assert.Equal(new[] { "cjp_journeystage", "cjp_stageenteredon" }, update.FilteringAttributes);
        Assert.Equal(new[] { "cjp_journeystage", "cjp_stageenteredon" }, update.PreImageAttributes);
        Assert.True(update.HasPreImage);
        Assert.False(update.HasPostImage);
        Assert.Equal("strict", update.UnsecureConfiguration);
        Assert.Equal("Stamps the stage change.", update.Description);
        Assert.Equal("CrmJourney.Plugins.Tests.Registration.Samples.WellDeclaredPlugin: Update of account", update.Name);

        var create = catalog.Steps.Single(s => s.Message == "Create");
        Assert.Equal(ExecutionMode.Asynchronous, create.Mode);
        Assert.Equal(1, create.Rank);
        Assert.Empty(create.FilteringAttributes);
        Assert.Equal(new[] { "name" }, create.PostImageAttributes);
        Assert.Equal("Account created: start the journey", create.Name);
    }

    [Fact]
    public void Stage_and_mode_keep_Dataverse_numbers()
    {
        Assert.Equal(10, (int)PipelineStage.PreValidation);
        Assert.Equal(20, (int)PipelineStage.PreOperation);
        Assert.Equal(40, (int)PipelineStage.PostOperation);
        Assert.Equal(0, (int)ExecutionMode.Synchronous);
        Assert.Equal(1, (int)ExecutionMode.Asynchronous);
    }

    [Fact]
    public void An_unbound_custom_API_step_has_no_table()
    {
        var step = Assert.Single(PluginCatalog.FromTypes([typeof(UnboundApiPlugin)]).Steps);

        Assert.Null(step.Table);
        Assert.Equal("cjp_RunNurtureSweep", step.Message);
    }

    [Fact]
    public void Steps_are_ordered_by_message_table_stage_and_rank()
    {
        var catalog = PluginCatalog.FromTypes([typeof(WellDeclaredPlugin), typeof(UnboundApiPlugin)]);

        Assert.Equal(new[] { "Create", "Update", "cjp_RunNurtureSweep" }, catalog.Steps.Select(s => s.Message));
    }

    [Fact]
    public void An_Update_step_without_filtering_attributes_is_refused_naming_the_plugin()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PluginCatalog.FromTypes([typeof(UnfilteredUpdatePlugin)]));

        Assert.Contains(typeof(UnfilteredUpdatePlugin).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains("FilteringAttributes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(MalformedIdPlugin), "6c1f-not-a-guid")]
    [InlineData(typeof(MissingIdPlugin), "Id \"\"")]
    public void A_step_id_that_is_not_a_Guid_is_refused_naming_the_plugin(Type plugin, string quoted)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PluginCatalog.FromTypes([plugin]));

        Assert.Contains(plugin.FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains(quoted, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_steps_sharing_an_id_are_refused_naming_both_plugins()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PluginCatalog.FromTypes([typeof(FirstSharedIdPlugin), typeof(SecondSharedIdPlugin)]));

        Assert.Contains("c1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(FirstSharedIdPlugin), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SecondSharedIdPlugin), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_asynchronous_step_before_the_main_operation_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PluginCatalog.FromTypes([typeof(AsynchronousPreOperationPlugin)]));

        Assert.Contains(nameof(AsynchronousPreOperationPlugin), error.Message, StringComparison.Ordinal);
        Assert.Contains("asynchronous", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pre_image_on_Create_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PluginCatalog.FromTypes([typeof(CreateWithPreImagePlugin)]));

        Assert.Contains(nameof(CreateWithPreImagePlugin), error.Message, StringComparison.Ordinal);
        Assert.Contains("PreImageAttributes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_on_a_class_that_is_not_a_plugin_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PluginCatalog.FromTypes([typeof(NotAPluginWithStep)]));

        Assert.Contains(nameof(NotAPluginWithStep), error.Message, StringComparison.Ordinal);
        Assert.Contains("IPlugin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_without_a_constructor_Dataverse_can_call_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PluginCatalog.FromTypes([typeof(UninstantiablePlugin)]));

        Assert.Contains(nameof(UninstantiablePlugin), error.Message, StringComparison.Ordinal);
        Assert.Contains("constructor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PluginCatalog.FromTypes([typeof(UnfilteredUpdatePlugin), typeof(MalformedIdPlugin)]));

        Assert.Contains(nameof(UnfilteredUpdatePlugin), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(MalformedIdPlugin), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_product_plugins_declarations_are_valid()
    {
        var catalog = PluginCatalog.ForProductPlugins();

        Assert.All(catalog.Steps, s => Assert.StartsWith("CrmJourney.Plugins.", s.PluginType.FullName, StringComparison.Ordinal));
    }
}
