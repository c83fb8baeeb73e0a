using System;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Solution.Tests.Samples;

/// <summary>A step on a custom message whose platform id no step file can know, with both images and a configuration.</summary>
[PluginStep("cjp_ArchiveWidget", "cjp_widget", PipelineStage.PostOperation, Id = WidgetArchivedPlugin.StepId, PreImageAttributes = "cjp_stage", PostImageAttributes = "cjp_name,cjp_stage", Rank = 3, Mode = ExecutionMode.Asynchronous, UnsecureConfiguration = "{\"keep\":30}")]
public sealed class WidgetArchivedPlugin : IPlugin
{
    public const string StepId = "3e5a7c91-0b2d-4f46-8a1c-9d2e3f4a5b6c";

    public WidgetArchivedPlugin(string? unsecureConfiguration, string? secureConfiguration)
    {
    }

    public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("Registration sample only.");
}
