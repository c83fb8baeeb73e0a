using CrmJourney.LocalOrg.Metadata;

namespace CrmJourney.Cli.Bench;

/// <summary>
/// The columns every activity table shares, and activitypointer's name: what the bench dataset writes on
/// each completed activity and what the per-account baseline reads back across activity types.
/// </summary>
public static class ActivityColumns
{
    /// <summary>The table with one row per activity of any type.</summary>
    public const string PointerTable = StandardTableNames.ActivityPointer;

    /// <summary>activitypointer's primary id: the same id as the typed activity's row.</summary>
    public const string PointerId = "activityid";

    /// <summary>The activity's table (email, phonecall…), set by the platform.</summary>
    public const string ActivityTypeCode = "activitytypecode";

    /// <summary>The subject.</summary>
    public const string Subject = "subject";

    /// <summary>What the activity is regarding (here: the account).</summary>
    public const string RegardingObjectId = "regardingobjectid";

    /// <summary>When it was completed.</summary>
    public const string ActualEnd = "actualend";

    /// <summary>The owner.</summary>
    public const string OwnerId = "ownerid";

    /// <summary>Open 0, Completed 1, Canceled 2 (appointments also Scheduled 3).</summary>
    public const string StateCode = "statecode";

    /// <summary>The status reason.</summary>
    public const string StatusCode = "statuscode";

    /// <summary>Created on (kept from the data on import).</summary>
    public const string CreatedOn = "createdon";

    /// <summary>Modified on (kept from the data on import).</summary>
    public const string ModifiedOn = "modifiedon";
}
