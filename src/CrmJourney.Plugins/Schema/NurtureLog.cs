namespace CrmJourney.Plugins.Schema;

/// <summary>
/// The cjp_nurturelog table. One firing of a nurture rule for an account (or one partner digest); the
/// alternate keys (rule, account, window) and cjp_dedupekey record a firing once under retries and
/// concurrent sweeps.
/// </summary>
public static class NurtureLog
{
    /// <summary>The table's logical name.</summary>
    public const string LogicalName = "cjp_nurturelog";

    /// <summary>The primary id column.</summary>
    public const string PrimaryIdAttribute = "cjp_nurturelogid";

    /// <summary>The primary name column.</summary>
    public const string PrimaryNameAttribute = "cjp_name";

    /// <summary>The column logical names this product reads or writes.</summary>
    public static class Columns
    {
        public const string NurtureLogId = "cjp_nurturelogid";
        public const string Name = "cjp_name";

        /// <summary>Set on tasks the product creates; such tasks are not touchpoints until someone completes them.</summary>
        public const string NurtureRuleId = "cjp_nurtureruleid";

        public const string AccountId = "cjp_accountid";

        /// <summary>The rule's firing window (e.g. a period key); part of the alternate key with rule and account.</summary>
        public const string Window = "cjp_window";

        /// <summary>
        /// Rule + account (or "-") + window as one text (NurtureDedupeKey.ToString), with its own alternate
        /// key: unlike the (rule, account, window) key it also constrains partner digests, whose account is null.
        /// </summary>
        public const string DedupeKey = "cjp_dedupekey";

        public const string FiredOn = "cjp_firedon";
        public const string TaskId = "cjp_taskid";

        /// <summary>Text, not a lookup: the id of the digest email the firing produced.</summary>
        public const string ActivityId = "cjp_activityid";

        public const string Reason = "cjp_reason";
        public const string AssignedToId = "cjp_assignedtoid";
    }

    /// <summary>The relationships this product creates rows through.</summary>
    public static class Relationships
    {
        /// <summary>
        /// Task (one) to cjp_nurturelog (many) through cjp_taskid: the task a firing created. A task
        /// created with its log in RelatedEntities under this relationship writes both in one request.
        /// </summary>
        public const string Task = "cjp_task_cjp_nurturelog_taskid";
    }
}
