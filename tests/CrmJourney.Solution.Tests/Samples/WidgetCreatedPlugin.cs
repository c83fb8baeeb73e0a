using System;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Solution.Tests.Samples;

/// <summary>An asynchronous post-operation Create step with a post-image.</summary>
[PluginStep("Create", "cjp_widget", PipelineStage.PostOperation, Id = WidgetCreatedPlugin.StepId, PostImageAttributes = "cjp_name,cjp_stage", Mode = ExecutionMode.Asynchronous)]
public sealed class WidgetCreatedPlugin : IPlugin
{
    public const string StepId = "0b9d4c71-2e6f-4a85-b3c2-7d8e9f0a1b2c";

    public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("Registration sample only.");
}
