using System;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Registration.Samples;

/// <summary>A plugin Dataverse could not instantiate: its only constructor takes an int.</summary>
[PluginStep("Create", "task", PipelineStage.PostOperation, Id = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")]
public sealed class UninstantiablePlugin : IPlugin
{
    public UninstantiablePlugin(int retries)
    {
        Retries = retries;
    }

    public int Retries { get; }

    public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("Registration sample only.");
}
