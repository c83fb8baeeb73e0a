using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Benchmarks.LocalOrg;

/// <summary>
/// One pass over the three scale targets with wall-clock time and memory after the insert (managed heap
/// and working set), which BenchmarkDotNet does not report as peak figures.
/// </summary>
public static class LocalOrgProbe
{
    /// <summary>Inserts <paramref name="rows"/> accounts, runs one indexed query and one full paged read, and prints the figures.</summary>
    public static void Run(int rows, TextWriter output)
    {
        var process = Process.GetCurrentProcess();
        var org = AccountData.NewOrganization();
        var watch = Stopwatch.StartNew();
        var cpuBefore = process.TotalProcessorTime;
        AccountData.InsertOneByOne(org, rows);
        var insert = watch.Elapsed;
        process.Refresh();
        var insertCpu = process.TotalProcessorTime - cpuBefore;
        GC.Collect();
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        var workingSet = process.WorkingSet64;
        var peakWorkingSet = process.PeakWorkingSet64;

        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "industrycode") };
        query.Criteria.AddCondition("industrycode", ConditionOperator.Equal, 42);
        org.RetrieveMultiple(query);
        query.Criteria.Conditions[0].Values[0] = 43;
        watch.Restart();
        var matched = org.RetrieveMultiple(query).Entities.Count;
        var indexed = watch.Elapsed;

        watch.Restart();
        process.Refresh();
        cpuBefore = process.TotalProcessorTime;
        var read = LocalOrgBenchmarks.ReadAllPages(org);
        var paged = watch.Elapsed;
        process.Refresh();
        var pagedCpu = process.TotalProcessorTime - cpuBefore;

        // CPU time is printed next to wall time because the machine is shared: wall time grows with other load, CPU time much less.
        output.WriteLine($"rows={rows} insert={insert.TotalSeconds:F2}s (cpu {insertCpu.TotalSeconds:F2}s) managed={managed / 1048576.0:F0}MB workingset={workingSet / 1048576.0:F0}MB peak={peakWorkingSet / 1048576.0:F0}MB");
        output.WriteLine($"indexed equal: {matched} rows in {indexed.TotalMilliseconds:F3} ms (first run of this value)");
        output.WriteLine($"full paged read: {read} rows in {paged.TotalSeconds:F2}s (cpu {pagedCpu.TotalSeconds:F2}s)");
    }

    /// <summary>
    /// Loads the same accounts through Import (storage and value checks, no messages or pipeline), which
    /// separates the store's cost from the request pipeline's in the insert figure.
    /// </summary>
    public static void RunImport(int rows, TextWriter output)
    {
        var process = Process.GetCurrentProcess();
        var org = AccountData.NewOrganization();
        var watch = Stopwatch.StartNew();
        var cpuBefore = process.TotalProcessorTime;
        org.Import(Enumerable.Range(0, rows).Select(AccountData.Account));
        process.Refresh();
        output.WriteLine($"import of {rows} accounts: {watch.Elapsed.TotalSeconds:F2}s (cpu {(process.TotalProcessorTime - cpuBefore).TotalSeconds:F2}s)");
    }
}
