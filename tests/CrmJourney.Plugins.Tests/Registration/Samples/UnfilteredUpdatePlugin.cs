using System;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Registration.Samples;

/// <summary>An Update step with no filtering attributes.</summary>
[PluginStep("Update", "account", PipelineStage.PostOperation, Id = "b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")]
public sealed class UnfilteredUpdatePlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("Registration sample only.");
}
