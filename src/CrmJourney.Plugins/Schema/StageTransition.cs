namespace CrmJourney.Plugins.Schema;

/// <summary>The cjp_stagetransition table. The append-only journey history: one row per stage change of an account.</summary>
public static class StageTransition
{
    /// <summary>The table's logical name.</summary>
    public const string LogicalName = "cjp_stagetransition";

    /// <summary>The primary id column.</summary>
    public const string PrimaryIdAttribute = "cjp_stagetransitionid";

    /// <summary>The primary name column.</summary>
    public const string PrimaryNameAttribute = "cjp_name";

    /// <summary>The column logical names this product reads or writes.</summary>
    public static class Columns
    {
        public const string StageTransitionId = "cjp_stagetransitionid";
        public const string Name = "cjp_name";
        public const string AccountId = "cjp_accountid";
        public const string FromStage = "cjp_fromstage";
        public const string ToStage = "cjp_tostage";
        public const string TransitionedOn = "cjp_transitionedon";
        public const string Trigger = "cjp_trigger";
        public const string EngagementId = "cjp_engagementid";
        public const string DaysInPreviousStage = "cjp_daysinpreviousstage";
        public const string ByUserId = "cjp_byuserid";

        /// <summary>Set only by the initialization from history; its alternate key (cjp_importkey) lets one run claim a row.</summary>
        public const string ImportKey = "cjp_importkey";
    }
}
