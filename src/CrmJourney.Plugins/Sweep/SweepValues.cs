namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// The platform values the sweep writes or filters on that are not cjp_ choices: standard state codes,
/// the task's own priority codes, the activity-party shape and the duplicate-key error codes.
/// </summary>
internal static class SweepValues
{
    /// <summary>statecode Active of an account, a rule or a service line; Open of an activity.</summary>
    public const int ActiveOrOpenState = 0;

    /// <summary>task.prioritycode Low / Normal / High.</summary>
    public const int TaskPriorityLow = 0;

    public const int TaskPriorityNormal = 1;

    public const int TaskPriorityHigh = 2;

    /// <summary>The activity party table and its party lookup (an email's from/to are collections of these).</summary>
    public const string ActivityParty = "activityparty";

    public const string PartyId = "partyid";

    /// <summary>0x80060892 DuplicateRecordEntityKey: an alternate key's values are already used.</summary>
    public const int DuplicateRecordEntityKey = unchecked((int)0x80060892);

    /// <summary>0x80040237 (-2147220937) "Cannot insert duplicate key", what bulk creates report for the same case.</summary>
    public const int DuplicateKey = unchecked((int)0x80040237);

    /// <summary>cjp_nurturelog.cjp_name's length.</summary>
    public const int LogNameLength = 100;
}
