using System;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Registration.Samples;

/// <summary>A Create step asking for a pre-image, which Create never has.</summary>
[PluginStep("Create", "lead", PipelineStage.PostOperation, Id = "e1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", PreImageAttributes = "subject")]
public sealed class CreateWithPreImagePlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("Registration sample only.");
}
