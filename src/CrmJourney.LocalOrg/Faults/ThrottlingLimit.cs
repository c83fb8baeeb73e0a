namespace CrmJourney.LocalOrg.Faults;

/// <summary>The three service protection limits Dataverse enforces, each with its own error code.</summary>
public enum ThrottlingLimit
{
    /// <summary>Number of requests in the window (0x80072322).</summary>
    NumberOfRequests,

    /// <summary>Combined execution time in the window (0x80072321).</summary>
    ExecutionTime,

    /// <summary>Concurrent requests (0x80072326).</summary>
    ConcurrentRequests,
}
