using CrmJourney.LocalOrg.Diagnostics;

namespace CrmJourney.Benchmarks.Infrastructure;

/// <summary>
/// A benchmark class whose operations run against a LocalOrg organization: it names the counters that
/// see every request one operation makes, so <see cref="CountedRun"/> (and through it the "Requests"
/// column and the benchmark tests) can count them.
/// </summary>
public interface IRequestCounted
{
    /// <summary>
    /// The counters of the organization the benchmark methods use. Read after the setup methods have
    /// run, so a class may create its organization in [GlobalSetup].
    /// </summary>
    RequestCounters Counters { get; }
}
