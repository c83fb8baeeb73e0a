using System;

namespace CrmJourney.LocalOrg.Costs;

/// <summary>
/// What Dataverse would charge, in time, for the work LocalOrg does: a time per request, per row a
/// query returns, per row written by Create/Update (one request each) and by CreateMultiple/UpdateMultiple
/// (many a request), and per synchronous plug-in step execution, plus the service protection limits.
/// LocalOrg answers in microseconds; with a model it also keeps a <see cref="ModeledClock"/> that adds up
/// what the same work would take in Dataverse, so a benchmark can compare request patterns in the time
/// that matters and the sweep can size its pages against its budget as it would there. Immutable; every
/// figure is overridable with <c>with</c>. A negative time is refused.
/// </summary>
/// <remarks>
/// Sources of the defaults (each property says which it uses):
/// <list type="bullet">
/// <item>"Service protection API limits", https://learn.microsoft.com/power-apps/developer/data-platform/api-limits
/// (the limits; plug-ins' requests do not count as requests, but their time counts toward the request that triggered them).</item>
/// <item>"Sample: SDK for .NET Use bulk operations", https://learn.microsoft.com/power-apps/developer/data-platform/org-service/samples/create-update-multiple,
/// whose projects' expected output (github.com/microsoft/PowerApps-Samples, the CreateUpdateMultiple solution) is: one request
/// at a time, "Created 100 records in 10 seconds", "Updated 100 records in 12 seconds"; with CreateMultiple/UpdateMultiple,
/// "Created 100 records in 1 seconds", "Updated 100 records in 3 seconds".</item>
/// <item>"Use bulk operation messages", https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations
/// ("each time a plug-in is invoked for a single operation, some milliseconds are required to invoke the plug-in class").</item>
/// <item>"Optimize performance for bulk operations", https://learn.microsoft.com/power-apps/developer/data-platform/optimize-performance-create-update
/// (plug-ins must complete within the 2-minute limit; synchronous plug-ins over two seconds seriously degrade performance).</item>
/// </list>
/// Microsoft publishes no per-request latency, no per-row read time and no per-step figure; where a default
/// is a choice rather than a published number, its property says so and why.
/// </remarks>
public sealed record DataverseCostModel
{
    private readonly TimeSpan _perRequest = TimeSpan.FromMilliseconds(50);
    private readonly TimeSpan _perRowRead = TimeSpan.FromMilliseconds(0.2);
    private readonly TimeSpan _perRowWritten = TimeSpan.FromMilliseconds(60);
    private readonly TimeSpan _perRowWrittenInBulk = TimeSpan.FromMilliseconds(20);
    private readonly TimeSpan _perSyncPluginStep = TimeSpan.FromMilliseconds(10);

    /// <summary>The defaults below.</summary>
    public static DataverseCostModel Default { get; } = new();

    /// <summary>
    /// Every request, nested plug-in requests included (default 50 ms). Microsoft publishes no latency; this is
    /// derived from the bulk-operations sample: a single Create took 100 ms (10 s for 100) and a CreateMultiple of
    /// 100 rows 1 s, which a fixed part of 50 ms plus the per-row parts below fits. Charging nested requests the same
    /// is conservative: they skip the network.
    /// </summary>
    public TimeSpan PerRequest { get => _perRequest; init => _perRequest = NotNegative(value, nameof(PerRequest)); }

    /// <summary>
    /// Every row a Retrieve or RetrieveMultiple returns (default 0.2 ms, so a 5,000-row page costs 1 s). Microsoft
    /// publishes no figure; this is a choice: about what paging a standard table by its primary key takes.
    /// </summary>
    public TimeSpan PerRowRead { get => _perRowRead; init => _perRowRead = NotNegative(value, nameof(PerRowRead)); }

    /// <summary>
    /// The row of a Create, Update, Upsert, Delete, SetState or Assign request, on top of <see cref="PerRequest"/>
    /// (default 60 ms): the sample's single Create took 100 ms and Update 120 ms, i.e. 50 and 70 ms over the request.
    /// </summary>
    public TimeSpan PerRowWritten { get => _perRowWritten; init => _perRowWritten = NotNegative(value, nameof(PerRowWritten)); }

    /// <summary>
    /// Each row of a CreateMultiple, UpdateMultiple or UpsertMultiple (default 20 ms): the sample's CreateMultiple of
    /// 100 rows took 1 s and UpdateMultiple 3 s, i.e. about 10 and 30 ms a row over the request.
    /// </summary>
    public TimeSpan PerRowWrittenInBulk { get => _perRowWrittenInBulk; init => _perRowWrittenInBulk = NotNegative(value, nameof(PerRowWrittenInBulk)); }

    /// <summary>
    /// Each synchronous plug-in step execution, and a custom API's main operation, on top of the requests it makes
    /// (default 10 ms). Microsoft says only "some milliseconds" to invoke the plug-in class; 10 ms is a choice.
    /// Asynchronous steps run on the asynchronous service, outside the caller's time and limits, and are not charged.
    /// </summary>
    public TimeSpan PerSyncPluginStep { get => _perSyncPluginStep; init => _perSyncPluginStep = NotNegative(value, nameof(PerSyncPluginStep)); }

    /// <summary>The service protection limits (Microsoft's published defaults).</summary>
    public ServiceProtectionLimits Limits { get; init; } = ServiceProtectionLimits.Default;

    private static TimeSpan NotNegative(TimeSpan value, string name) =>
        value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(name, value, $"The cost model's {name} must be zero or more, e.g. 50 ms.");
}
