using System;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Solution.Tests.Samples;

/// <summary>A step on a message whose platform id the generator does not know.</summary>
[PluginStep("Win", "opportunity", PipelineStage.PostOperation, Id = "c7a1e2d3-4b5c-4d6e-8f70-81a2b3c4d5e6")]
public sealed class WidgetWonPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("Registration sample only.");
}
