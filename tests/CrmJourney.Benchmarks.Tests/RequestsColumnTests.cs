using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using CrmJourney.Benchmarks.Infrastructure;
using CrmJourney.Benchmarks.LocalOrg;
using CrmJourney.LocalOrg;
using CrmJourney.LocalOrg.Diagnostics;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Benchmarks.Tests;

/// <summary>
/// The Requests column on BenchmarkDotNet's own benchmark cases, as the summary asks for them: setup
/// requests are not counted, [Params] values are set, OperationsPerInvoke divides, and a class that
/// does not name its counters shows "-".
/// </summary>
public sealed class RequestsColumnTests
{
    [Fact]
    public void Counts_the_operation_alone_with_its_params_set()
    {
        Assert.Equal("3", ColumnValue<QueryingBenchmarks>(nameof(QueryingBenchmarks.Query)));
    }

    [Fact]
    public void Divides_by_operations_per_invoke()
    {
        Assert.Equal("1.5", ColumnValue<QueryingBenchmarks>(nameof(QueryingBenchmarks.QueryTwoOperations)));
    }

    [Fact]
    public void Shows_a_dash_for_a_class_without_counters()
    {
        Assert.Equal("-", ColumnValue<UncountedBenchmarks>(nameof(UncountedBenchmarks.Nothing)));
    }

    [Fact]
    public void Shows_failed_when_the_counted_run_throws()
    {
        Assert.Equal("failed", ColumnValue<QueryingBenchmarks>(nameof(QueryingBenchmarks.Throw)));
    }

    [Theory]
    [InlineData(1_000_000.0, "1,000,000")]
    [InlineData(0.25, "0.25")]
    [InlineData(0.0, "0")]
    public void Formats_whole_numbers_with_separators_and_fractions_to_two_places(double value, string shown)
    {
        Assert.Equal(shown, RequestsColumn.Format(value));
    }

    private static string ColumnValue<TBenchmarks>(string method)
    {
        var benchmarkCase = BenchmarkConverter.TypeToBenchmarks(typeof(TBenchmarks)).BenchmarksCases.Single(c => c.Descriptor.WorkloadMethod.Name == method);
        return new RequestsColumn().GetValue(null!, benchmarkCase);
    }

    public class QueryingBenchmarks : IRequestCounted
    {
        private LocalOrganization _org = null!;

        [Params(3)]
        public int Queries { get; set; }

        public RequestCounters Counters => _org.Counters;

        [GlobalSetup]
        public void Setup()
        {
            _org = AccountData.NewOrganization();
            AccountData.InsertOneByOne(_org, 5);
        }

        [Benchmark]
        public int Query() => Enumerable.Range(0, Queries).Sum(_ => _org.RetrieveMultiple(new QueryExpression("account")).Entities.Count);

        [Benchmark(OperationsPerInvoke = 2)]
        public int QueryTwoOperations() => Query();

        [Benchmark]
        public void Throw() => throw new System.InvalidOperationException("The benchmark body failed.");
    }

    public class UncountedBenchmarks
    {
        [Benchmark]
        public void Nothing()
        {
        }
    }
}
