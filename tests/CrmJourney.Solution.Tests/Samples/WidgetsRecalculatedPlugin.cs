using System;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Solution.Tests.Samples;

/// <summary>A step on an unbound custom message: no table, so no message filter.</summary>
[PluginStep("cjp_RecalculateWidgets", null, PipelineStage.PostOperation, Id = WidgetsRecalculatedPlugin.StepId)]
public sealed class WidgetsRecalculatedPlugin : IPlugin
{
    public const string StepId = "5d7e9f10-2a3b-4c5d-8e6f-708192a3b4c5";

    public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("Registration sample only.");
}
