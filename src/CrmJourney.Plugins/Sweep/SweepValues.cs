namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// The platform values the sweep writes or filters on that are not cjp_ choices: standard state codes,
/// the task's own priority codes, the activity-party shape, the duplicate-key error codes and the
/// shared-variable tag that marks the sweep's dormancy moves for the account's stage step.
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

    /// <summary>
    /// The request's optional "tag" parameter: Dataverse hands it to every plugin of the operation as
    /// SharedVariables["tag"]. The sweep's dormancy UpdateMultiple carries <see cref="DormancyTag"/> so
    /// the account's stage step records the move with trigger Dormancy instead of Manual.
    /// </summary>
    public const string TagParameter = "tag";

    /// <summary>The tag value of the sweep's dormancy moves.</summary>
    public const string DormancyTag = "cjp_sweep_dormancy";

    /// <summary>cjp_nurturelog.cjp_name's length.</summary>
    public const int LogNameLength = 100;
}
