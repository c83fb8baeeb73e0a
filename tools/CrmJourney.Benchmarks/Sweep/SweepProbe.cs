using System;
using System.Globalization;
using System.IO;
using CrmJourney.Cli.Bench;
using CrmJourney.Cli.Rules;
using CrmJourney.Domain.Time;
using CrmJourney.Hosting;
using CrmJourney.Plugins.Sweep;

namespace CrmJourney.Benchmarks.Sweep;

/// <summary>
/// The profile behind the sweep's figures: loads the bench dataset, runs one whole sweep through a
/// <see cref="ProfilingOrganizationService"/> and prints time, allocations and heap per request kind.
/// Run with <c>-- probe-sweep [accounts]</c>.
/// </summary>
public static class SweepProbe
{
    /// <summary>Profiles one sweep over <paramref name="accounts"/> accounts and writes the table to <paramref name="output"/>.</summary>
    public static void Run(int accounts, TextWriter output)
    {
        var rules = RuleSetFile.Load(RuleSetFile.DefaultPath, RuleSetFile.DefaultFileName, output.WriteLine);
        var dataset = new BenchDataset(new BenchDatasetOptions { Accounts = accounts }, rules);
        var organization = BenchRunner.NewProductOrganization(dataset.Options.AsOf);
        organization.Import(dataset.Rows());
        GC.Collect();
        var loaded = GC.GetTotalMemory(forceFullCollection: true);
        var profiling = new ProfilingOrganizationService(organization);
        var sweep = new NurtureSweep(profiling, new FixedClock(dataset.Options.AsOf), _ => { }, NurtureSweepOptions.Default with { WriteActivityParties = false }, new UnmeteredSweepStopwatch());
        var result = sweep.Run();
        while (result.ContinuationToken is { } token)
        {
            result = sweep.Run(token);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{accounts:N0} accounts, loaded data {Mb(loaded)}, {result.Summary.TasksCreated:N0} tasks"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"request kind",-36} {"count",6} {"time",9} {"allocated",11} {"heap after (max)",17}"));
        foreach (var profile in profiling.Profiles)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{profile.Kind,-36} {profile.Count,6} {profile.Elapsed.TotalSeconds,8:F2}s {Mb(profile.AllocatedBytes),11} {Mb(profile.PeakHeapAfterBytes),17}"));
        }
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("N0", CultureInfo.InvariantCulture) + " MB";
}
