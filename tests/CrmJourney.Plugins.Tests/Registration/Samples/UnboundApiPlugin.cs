using System;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Registration.Samples;

/// <summary>A step of an unbound custom API (no table).</summary>
[PluginStep("cjp_RunNurtureSweep", null, PipelineStage.PostOperation, Id = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")]
public sealed class UnboundApiPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("Registration sample only.");
}
