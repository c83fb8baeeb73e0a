using BenchmarkDotNet.Attributes;
using CrmJourney.LocalOrg;
using CrmJourney.LocalOrg.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Benchmarks.LocalOrg;

/// <summary>
/// What the plug-in pipeline costs: one Create with three registered no-op steps (PreValidation,
/// PreOperation, PostOperation) against the same Create with none.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class LocalOrgPipelineBenchmarks
{
    private LocalOrganization _withoutSteps = null!;
    private LocalOrganization _withSteps = null!;

    /// <summary>Two organizations, identical but for the three steps.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _withoutSteps = AccountData.NewOrganization();
        _withSteps = LocalOrganization.CreateBuilder()
            .UseStandardTables()
            .AddPluginStep(PluginStep.For<NoOpPlugin>("Create", "account", PipelineStage.PreValidation))
            .AddPluginStep(PluginStep.For<NoOpPlugin>("Create", "account", PipelineStage.PreOperation))
            .AddPluginStep(PluginStep.For<NoOpPlugin>("Create", "account", PipelineStage.PostOperation))
            .Build();
    }

    /// <summary>Create with no steps registered.</summary>
    [Benchmark(Baseline = true)]
    public System.Guid CreateWithoutSteps() => _withoutSteps.Create(new Entity("account") { ["name"] = "Contoso" });

    /// <summary>Create running three no-op steps.</summary>
    [Benchmark]
    public System.Guid CreateWithThreeNoOpSteps() => _withSteps.Create(new Entity("account") { ["name"] = "Contoso" });
}
