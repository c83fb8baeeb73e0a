using System;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Registration.Samples;

/// <summary>Shares its step id with FirstSharedIdPlugin.</summary>
[PluginStep("Create", "letter", PipelineStage.PostOperation, Id = "c1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")]
public sealed class SecondSharedIdPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("Registration sample only.");
}
