using System;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Registration.Samples;

/// <summary>A step whose id is not a Guid.</summary>
[PluginStep("Create", "task", PipelineStage.PostOperation, Id = "6c1f-not-a-guid")]
public sealed class MalformedIdPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("Registration sample only.");
}
