using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using CrmJourney.Benchmarks.LocalOrg;
using CrmJourney.Benchmarks.Sweep;

namespace CrmJourney.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet's switcher, or the LocalOrg probes with "probe" (messages) and "probe-import" (storage alone).</summary>
public static class Program
{
    /// <summary>Runs the selected benchmarks (or the probe).</summary>
    public static void Main(string[] args)
    {
        if (args.FirstOrDefault() == "probe-import")
        {
            LocalOrgProbe.RunImport(1_000_000, Console.Out);
            return;
        }

        if (args.FirstOrDefault() == "probe-sweep")
        {
            SweepProbe.Run(args.Skip(1).Select(int.Parse).DefaultIfEmpty(100_000).First(), Console.Out);
            return;
        }

        if (args.FirstOrDefault() == "probe")
        {
            LocalOrgProbe.Run(args.Skip(1).Select(int.Parse).DefaultIfEmpty(1_000_000).First(), Console.Out);
            return;
        }

        // BenchmarkDotNet builds each run's boilerplate project, which compiles the product and cjp again; on a
        // busy 2-core machine that passes the default two minutes, so the build gets ten.
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)));
    }
}
