using System;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Registration.Samples;

/// <summary>Two valid steps, declared with named arguments.</summary>
[PluginStep("Update", "account", PipelineStage.PreOperation, Id = "6c1f0b7e-2d4a-4f3b-9e8d-7a6b5c4d3e2f", FilteringAttributes = "cjp_journeystage, cjp_stageenteredon,cjp_journeystage", PreImageAttributes = "cjp_journeystage,cjp_stageenteredon", Rank = 2, UnsecureConfiguration = "strict", Description = "Stamps the stage change.")]
[PluginStep("Create", "account", PipelineStage.PostOperation, Id = "0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70", PostImageAttributes = "name", Mode = ExecutionMode.Asynchronous, Name = "Account created: start the journey")]
public sealed class WellDeclaredPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("Registration sample only.");
}
