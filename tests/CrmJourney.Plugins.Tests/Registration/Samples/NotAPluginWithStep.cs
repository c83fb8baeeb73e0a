using CrmJourney.Plugins.Registration;

namespace CrmJourney.Plugins.Tests.Registration.Samples;

/// <summary>Declares a step but is not an IPlugin.</summary>
[PluginStep("Create", "task", PipelineStage.PostOperation, Id = "f1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")]
public sealed class NotAPluginWithStep
{
}
