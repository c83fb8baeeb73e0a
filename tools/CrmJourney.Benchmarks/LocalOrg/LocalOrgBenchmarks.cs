using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CrmJourney.Benchmarks.Infrastructure;
using CrmJourney.LocalOrg;
using CrmJourney.LocalOrg.Diagnostics;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Benchmarks.LocalOrg;

/// <summary>
/// LocalOrg at scale: inserting 1,000,000 accounts, an indexed Equal returning 100 of them, and a full
/// paged read (5,000 per page). Few iterations (Monitoring strategy): each operation is seconds long and
/// the figures are scale targets, not micro-timings. The Requests column shows what each operation
/// asks of the organization (one Create per row, one query per page).
/// </summary>
[MemoryDiagnoser]
[RequestsColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LocalOrgBenchmarks : IRequestCounted
{
    private LocalOrganization _loaded = null!;
    private LocalOrganization? _empty;
    private int _industry;

    /// <summary>Accounts inserted and read: 1,000,000 when benchmarking; the benchmark tests run the bodies with fewer.</summary>
    public int Rows { get; set; } = 1_000_000;

    /// <inheritdoc />
    public RequestCounters Counters => (_empty ?? _loaded).Counters;

    /// <summary>Loads one organization with <see cref="Rows"/> accounts for the read benchmarks.</summary>
    [GlobalSetup(Targets = new[] { nameof(IndexedEqualQuery), nameof(FullPagedRead) })]
    public void LoadAccounts()
    {
        _loaded = AccountData.NewOrganization();
        AccountData.InsertOneByOne(_loaded, Rows);
    }

    /// <summary>A new empty organization for each insert, built outside the timed part.</summary>
    [IterationSetup(Target = nameof(InsertMillionAccounts))]
    public void CreateEmptyOrganization()
    {
        _empty = AccountData.NewOrganization();
    }

    /// <summary>
    /// Drops the filled organization and collects it before the next iteration, so one insert's
    /// garbage is not collected inside the next insert's timing.
    /// </summary>
    [IterationCleanup(Target = nameof(InsertMillionAccounts))]
    public void DropFilledOrganization()
    {
        _empty = null;
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    /// <summary>
    /// Changes one row before each paged read, so the read cannot reuse the previous iteration's sorted
    /// result and pays for filtering and sorting the whole table once, as a first read would.
    /// </summary>
    [IterationSetup(Target = nameof(FullPagedRead))]
    public void TouchOneRow()
    {
        var first = _loaded.RetrieveMultiple(new QueryExpression("account") { TopCount = 1 }).Entities[0];
        _loaded.Update(new Entity("account", first.Id) { ["telephone1"] = _industry++.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    /// <summary>Creates 1,000,000 accounts, one Create request each, in a new organization.</summary>
    [Benchmark]
    public int InsertMillionAccounts()
    {
        var org = _empty!;
        AccountData.InsertOneByOne(org, Rows);
        return org.Store.Table("account").Count;
    }

    /// <summary>
    /// Equal on an indexed choice column, 1,000 queries per operation (the Requests column shows the
    /// figure per query), each on a different value so no cached result is reused.
    /// </summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public int IndexedEqualQuery()
    {
        var total = 0;
        for (var invocation = 0; invocation < 1000; invocation++)
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "industrycode") };
            query.Criteria.AddCondition("industrycode", ConditionOperator.Equal, _industry++ % AccountData.IndustryCodes);
            total += _loaded.RetrieveMultiple(query).Entities.Count;
        }

        return total;
    }

    /// <summary>Reads all 1,000,000 accounts, 5,000 per page, following the paging cookie.</summary>
    [Benchmark]
    public int FullPagedRead() => ReadAllPages(_loaded);

    /// <summary>Reads every account page by page and returns how many rows came back.</summary>
    public static int ReadAllPages(LocalOrganization org)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "accountnumber"), PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 } };
        var read = 0;
        while (true)
        {
            var page = org.RetrieveMultiple(query);
            read += page.Entities.Count;
            if (!page.MoreRecords)
            {
                return read;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
