using System;
using BenchmarkDotNet.Configs;

namespace CrmJourney.Benchmarks.Infrastructure;

/// <summary>
/// Adds the "Requests" column (<see cref="RequestsColumn"/>) to a benchmark class's summary; the class
/// implements <see cref="IRequestCounted"/> to name the counters.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly)]
public sealed class RequestsColumnAttribute : Attribute, IConfigSource
{
    /// <summary>The column in an otherwise empty configuration, merged into the class's.</summary>
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddColumn(new RequestsColumn());
}
