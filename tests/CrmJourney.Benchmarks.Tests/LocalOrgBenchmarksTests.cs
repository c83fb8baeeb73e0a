using CrmJourney.Benchmarks.Infrastructure;
using CrmJourney.Benchmarks.LocalOrg;

namespace CrmJourney.Benchmarks.Tests;

/// <summary>
/// The LocalOrg suite's bodies run once at 10,000 rows instead of 1,000,000 (the same code, a CI-sized
/// table): what each returns, what it asks of the organization, and that the indexed query really
/// reads an index.
/// </summary>
public sealed class LocalOrgBenchmarksTests
{
    private readonly LocalOrgBenchmarks _benchmark = new() { Rows = 10_000 };

    [Fact]
    public void The_insert_creates_every_account_with_one_request_each()
    {
        var run = CountedRun.Execute(_benchmark, nameof(LocalOrgBenchmarks.InsertMillionAccounts));

        Assert.Equal(10_000, run.Result);
        Assert.Equal(10_000, run.Requests);
    }

    [Fact]
    public void The_indexed_query_finds_one_industry_code_per_query_through_the_index()
    {
        var run = CountedRun.Execute(_benchmark, nameof(LocalOrgBenchmarks.IndexedEqualQuery));

        // 10,000 accounts over 10,000 industry codes: each of the 1,000 queries matches exactly one account.
        Assert.Equal(1_000, run.Result);
        Assert.Equal(1_000, run.Requests);
        Assert.Equal(1_000, _benchmark.Counters.IndexHits);
        Assert.Equal(0, _benchmark.Counters.Scans);
    }

    [Fact]
    public void The_full_paged_read_returns_every_account_in_pages_of_five_thousand()
    {
        var run = CountedRun.Execute(_benchmark, nameof(LocalOrgBenchmarks.FullPagedRead));

        Assert.Equal(10_000, run.Result);
        Assert.Equal(2, run.Requests);
    }

    [Fact]
    public void Both_pipeline_benchmarks_create_an_account()
    {
        var benchmark = new LocalOrgPipelineBenchmarks();
        benchmark.Setup();

        Assert.NotEqual(System.Guid.Empty, benchmark.CreateWithoutSteps());
        Assert.NotEqual(System.Guid.Empty, benchmark.CreateWithThreeNoOpSteps());
    }
}
