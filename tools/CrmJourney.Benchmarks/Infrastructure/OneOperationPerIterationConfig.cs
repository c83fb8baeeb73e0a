using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace CrmJourney.Benchmarks.Infrastructure;

/// <summary>
/// The job for microsecond operations that need fresh state each time ([IterationSetup], so one
/// operation per iteration): Monitoring, 10 warmups and 50 measured iterations, with tiered
/// compilation off. The runtime counts calls for tier-up only after a 100 ms delay that restarts while
/// new methods are still being compiled, then needs 30 calls; a run of a few dozen sub-millisecond
/// iterations would be timed on quick, unoptimised tier-0 code. With tiering off every method is
/// compiled optimised on first call, as in a plugin host that has been running for a while.
/// </summary>
public sealed class OneOperationPerIterationConfig : ManualConfig
{
    /// <summary>The job described above.</summary>
    public OneOperationPerIterationConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(10)
            .WithIterationCount(50)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TieredCompilation", "0"))
            .WithId("OneOperationPerIteration"));
    }
}
