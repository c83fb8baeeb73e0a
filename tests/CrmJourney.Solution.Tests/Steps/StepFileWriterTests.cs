using System;
using System.Linq;
using System.Xml.Linq;
using CrmJourney.Plugins.Registration;
using CrmJourney.Solution.Steps;
using CrmJourney.Solution.Tests.Samples;

namespace CrmJourney.Solution.Tests.Steps;

public sealed class StepFileWriterTests
{
    private static readonly StepFileWriter _writer = new(SamplePlugins.Assembly(), "1.0.0.0");

    private static StepRegistration Step(string id) => SamplePlugins.Catalog().Steps.Single(s => s.Id == Guid.Parse(id));

    [Fact]
    public void A_create_step_with_a_post_image_is_written_in_the_exported_shape()
    {
        var step = Step(WidgetCreatedPlugin.StepId);

        var file = _writer.Write(step);

        var root = XDocument.Parse(file.Content).Root!;
        Assert.Equal("SdkMessageProcessingStep", root.Name.LocalName);
        Assert.Equal("CrmJourney.Solution.Tests.Samples.WidgetCreatedPlugin: Create of cjp_widget", (string?)root.Attribute("Name"));
        Assert.Equal("{0b9d4c71-2e6f-4a85-b3c2-7d8e9f0a1b2c}", (string?)root.Attribute("SdkMessageProcessingStepId"));
        Assert.Equal(
            new[] { "SdkMessageId", "PluginTypeName", "PluginTypeId", "PrimaryEntity", "AsyncAutoDelete", "Description", "FilteringAttributes", "InvocationSource", "Mode", "Rank", "EventHandlerTypeCode", "Stage", "IsCustomizable", "IsHidden", "SupportedDeployment", "IntroducedVersion", "SdkMessageProcessingStepImages" },
            root.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8", root.Element("SdkMessageId")!.Value);
        Assert.Equal("CrmJourney.Solution.Tests.Samples.WidgetCreatedPlugin, " + SamplePlugins.AssemblyFullName, root.Element("PluginTypeName")!.Value);
        Assert.EndsWith("Culture=neutral, PublicKeyToken=null", root.Element("PluginTypeName")!.Value, StringComparison.Ordinal);
        Assert.Equal("cjp_widget", root.Element("PrimaryEntity")!.Value);
        Assert.Equal("1", root.Element("Mode")!.Value);
        Assert.Equal("40", root.Element("Stage")!.Value);
        Assert.Equal("4602", root.Element("EventHandlerTypeCode")!.Value);
        Assert.Equal("0", root.Element("SupportedDeployment")!.Value);
        Assert.Equal("1.0.0.0", root.Element("IntroducedVersion")!.Value);
        var image = Assert.Single(root.Element("SdkMessageProcessingStepImages")!.Elements());
        Assert.Equal("PostImage", (string?)image.Attribute("Name"));
        Assert.Equal("cjp_name,cjp_stage", image.Element("Attributes")!.Value);
        Assert.Equal("PostImage", image.Element("EntityAlias")!.Value);
        Assert.Equal("1", image.Element("ImageType")!.Value);
        Assert.Equal("id", image.Element("MessagePropertyName")!.Value);
    }

    [Fact]
    public void An_update_step_writes_its_filtering_columns_rank_and_a_pre_image_taken_from_Target()
    {
        var step = Step(WidgetStagePlugin.StepId);

        var root = XDocument.Parse(_writer.Write(step).Content).Root!;

        Assert.Equal("20bebb1b-ea3e-db11-86a7-000a3a5473e8", root.Element("SdkMessageId")!.Value);
        Assert.Equal("cjp_stage,cjp_name", root.Element("FilteringAttributes")!.Value);
        Assert.Equal("0", root.Element("Mode")!.Value);
        Assert.Equal("20", root.Element("Stage")!.Value);
        Assert.Equal("2", root.Element("Rank")!.Value);
        Assert.Equal("Stamps the widget's stage change.", root.Element("Description")!.Value);
        var image = Assert.Single(root.Element("SdkMessageProcessingStepImages")!.Elements());
        Assert.Equal("PreImage", (string?)image.Attribute("Name"));
        Assert.Equal("0", image.Element("ImageType")!.Value);
        Assert.Equal("Target", image.Element("MessagePropertyName")!.Value);
        Assert.Equal("cjp_stage", image.Element("Attributes")!.Value);
    }

    [Fact]
    public void The_file_is_named_after_the_step_id_in_lower_case_with_braces()
    {
        var file = _writer.Write(Step(WidgetStagePlugin.StepId));

        Assert.Equal("SdkMessageProcessingSteps/{6f0c3a2e-58b1-4c1d-9f3e-0a1b2c3d4e5f}.xml", file.RelativePath);
    }

    [Fact]
    public void Writing_the_same_registrations_twice_gives_identical_text()
    {
        var first = _writer.WriteAll(SamplePlugins.Catalog().Steps);
        var second = new StepFileWriter(SamplePlugins.Assembly(), "1.0.0.0").WriteAll(SamplePlugins.Catalog().Steps);

        Assert.Equal(2, first.Count);
        Assert.Equal(first.Select(f => (f.RelativePath, f.Content)), second.Select(f => (f.RelativePath, f.Content)));
    }

    [Fact]
    public void The_image_id_is_the_same_for_the_same_step_and_image_and_differs_between_images()
    {
        var step = Guid.Parse(WidgetStagePlugin.StepId);

        Assert.Equal(StepFileWriter.ImageId(step, "PreImage"), StepFileWriter.ImageId(step, "PreImage"));
        Assert.NotEqual(StepFileWriter.ImageId(step, "PreImage"), StepFileWriter.ImageId(step, "PostImage"));
    }

    [Fact]
    public void A_step_on_a_message_whose_id_is_unknown_is_left_out_of_the_files_and_refused_when_written_alone()
    {
        var catalog = PluginCatalog.FromTypes(new[] { typeof(WidgetWonPlugin) });
        var writer = new StepFileWriter(CrmJourney.Solution.Plugins.PluginAssemblyDefinition.Create(CrmJourney.Solution.Plugins.PluginAssemblyIdentity.Of(typeof(WidgetWonPlugin).Assembly), new[] { typeof(WidgetWonPlugin) }), "1.0.0.0");

        Assert.Empty(writer.WriteAll(catalog.Steps));
        var refusal = Assert.Throws<InvalidOperationException>(() => writer.Write(catalog.Steps.Single()));

        Assert.Contains("message \"Win\"", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("SdkMessages", refusal.Message, StringComparison.Ordinal);
    }
}
