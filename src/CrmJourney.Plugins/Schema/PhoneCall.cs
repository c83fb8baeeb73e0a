namespace CrmJourney.Plugins.Schema;

/// <summary>The phonecall table. A phone call activity; a completed one is a touchpoint.</summary>
public static class PhoneCall
{
    /// <summary>The table's logical name.</summary>
    public const string LogicalName = "phonecall";

    /// <summary>The primary id column.</summary>
    public const string PrimaryIdAttribute = "activityid";

    /// <summary>The primary name column.</summary>
    public const string PrimaryNameAttribute = "subject";

    /// <summary>The column logical names this product reads or writes.</summary>
    public static class Columns
    {
        public const string ActivityId = "activityid";
        public const string Subject = "subject";
        public const string Description = "description";

        /// <summary>The record the activity is about (account, contact, opportunity…).</summary>
        public const string RegardingObjectId = "regardingobjectid";

        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";
        public const string ScheduledEnd = "scheduledend";
        public const string ActualEnd = "actualend";
        public const string OwnerId = "ownerid";
        public const string PriorityCode = "prioritycode";
    }
}
