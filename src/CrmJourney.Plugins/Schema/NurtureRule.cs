namespace CrmJourney.Plugins.Schema;

/// <summary>The cjp_nurturerule table. A nurture rule configured by sales operations: what it watches, its thresholds and the task it creates.</summary>
public static class NurtureRule
{
    /// <summary>The table's logical name.</summary>
    public const string LogicalName = "cjp_nurturerule";

    /// <summary>The primary id column.</summary>
    public const string PrimaryIdAttribute = "cjp_nurtureruleid";

    /// <summary>The primary name column.</summary>
    public const string PrimaryNameAttribute = "cjp_name";

    /// <summary>The column logical names this product reads or writes.</summary>
    public static class Columns
    {
        /// <summary>Set on tasks the product creates; such tasks are not touchpoints until someone completes them.</summary>
        public const string NurtureRuleId = "cjp_nurtureruleid";

        public const string Name = "cjp_name";
        public const string RuleType = "cjp_ruletype";

        /// <summary>Multi-select of cjp_journeystage (an OptionSetValueCollection).</summary>
        public const string Stages = "cjp_stages";

        /// <summary>Multi-select of cjp_tier (an OptionSetValueCollection).</summary>
        public const string Tiers = "cjp_tiers";

        public const string ThresholdDays = "cjp_thresholddays";
        public const string MinimumCompletedEngagements = "cjp_minimumcompletedengagements";
        public const string CooldownDays = "cjp_cooldowndays";
        public const string DueInDays = "cjp_dueindays";
        public const string AssigneeType = "cjp_assigneetype";
        public const string AssigneeUserId = "cjp_assigneeuserid";
        public const string AssigneeTeamId = "cjp_assigneeteamid";
        public const string TaskSubject = "cjp_tasksubject";
        public const string TaskDescription = "cjp_taskdescription";
        public const string Priority = "cjp_priority";

        /// <summary>Optional JSON of extra conditions.</summary>
        public const string ConditionsJson = "cjp_conditionsjson";

        /// <summary>Partner digest only: true sends the email, false leaves it as a draft.</summary>
        public const string SendEmail = "cjp_sendemail";

        public const string StateCode = "statecode";
    }
}
