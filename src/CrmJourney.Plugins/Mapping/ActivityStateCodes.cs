namespace CrmJourney.Plugins.Mapping;

/// <summary>
/// The statecode and statuscode values the product reads and writes on activities. Every activity
/// table shares statecode 0 Open, 1 Completed, 2 Canceled (an appointment adds 3 Scheduled, which is
/// still open); a task's only Completed status reason is 5.
/// </summary>
public static class ActivityStateCodes
{
    /// <summary>statecode Open.</summary>
    public const int Open = 0;

    /// <summary>statecode Completed.</summary>
    public const int Completed = 1;

    /// <summary>statecode Canceled.</summary>
    public const int Canceled = 2;

    /// <summary>statecode Scheduled (appointments only): not yet held.</summary>
    public const int Scheduled = 3;

    /// <summary>The task statuscode Completed.</summary>
    public const int TaskCompletedStatus = 5;
}
