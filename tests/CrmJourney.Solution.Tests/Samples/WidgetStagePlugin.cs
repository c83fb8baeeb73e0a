using System;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Solution.Tests.Samples;

/// <summary>A synchronous pre-operation Update step with filtering columns and a pre-image.</summary>
[PluginStep("Update", "cjp_widget", PipelineStage.PreOperation, Id = WidgetStagePlugin.StepId, FilteringAttributes = "cjp_stage,cjp_name", PreImageAttributes = "cjp_stage", Rank = 2, Description = "Stamps the widget's stage change.")]
public sealed class WidgetStagePlugin : IPlugin
{
    public const string StepId = "6f0c3a2e-58b1-4c1d-9f3e-0a1b2c3d4e5f";

    public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("Registration sample only.");
}
