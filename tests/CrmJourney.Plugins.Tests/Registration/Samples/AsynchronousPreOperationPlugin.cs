using System;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Registration.Samples;

/// <summary>An asynchronous step at a stage where only synchronous steps may run.</summary>
[PluginStep("Create", "lead", PipelineStage.PreOperation, Id = "d1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", Mode = ExecutionMode.Asynchronous)]
public sealed class AsynchronousPreOperationPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("Registration sample only.");
}
