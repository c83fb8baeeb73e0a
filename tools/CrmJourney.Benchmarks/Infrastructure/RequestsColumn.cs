using System;
using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CrmJourney.Benchmarks.Infrastructure;

/// <summary>
/// The "Requests" column: how many IOrganizationService requests one operation of the benchmark costs,
/// nested plugin requests included. BenchmarkDotNet times the operation in a child process that
/// cannot hand back LocalOrg's counters, so the column counts them itself: one untimed
/// <see cref="CountedRun"/> per benchmark case, in the host process, when the summary is printed
/// (it pays the case's setup once more). A benchmark with OperationsPerInvoke shows the count divided by
/// it, per operation like the time columns. A class that is not <see cref="IRequestCounted"/> shows "-";
/// a counted run that fails shows "failed" and the reason on the console.
/// </summary>
public sealed class RequestsColumn : IColumn
{
    private readonly ConcurrentDictionary<BenchmarkCase, string> _counted = new();

    /// <inheritdoc />
    public string Id => nameof(RequestsColumn);

    /// <inheritdoc />
    public string ColumnName => "Requests";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Metric;

    /// <inheritdoc />
    public int PriorityInCategory => -10;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "IOrganizationService requests one operation costs, nested plugin requests included (LocalOrg's counters, one untimed run)";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => _counted.GetOrAdd(benchmarkCase, Count);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static string Count(BenchmarkCase benchmarkCase)
    {
        if (!typeof(IRequestCounted).IsAssignableFrom(benchmarkCase.Descriptor.Type))
        {
            return "-";
        }

        try
        {
            var requests = CountedRun.Execute(benchmarkCase).Requests;
            return Format((double)requests / benchmarkCase.Descriptor.OperationsPerInvoke);
        }
        catch (Exception e)
        {
            var cause = e is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : e;
            Console.Error.WriteLine($"Requests column: the counted run of {benchmarkCase.DisplayInfo} failed: {cause.Message}");
            return "failed";
        }
    }

    /// <summary>Whole numbers with thousands separators (1,000,000), fractions to two places (0.25).</summary>
    public static string Format(double requestsPerOperation) => requestsPerOperation.ToString("#,0.##", CultureInfo.InvariantCulture);
}
