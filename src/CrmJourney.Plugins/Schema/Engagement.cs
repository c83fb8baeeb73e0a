namespace CrmJourney.Plugins.Schema;

/// <summary>The cjp_engagement table. A piece of work for a client; its status drives the account's counters and stage.</summary>
public static class Engagement
{
    /// <summary>The table's logical name.</summary>
    public const string LogicalName = "cjp_engagement";

    /// <summary>The primary id column.</summary>
    public const string PrimaryIdAttribute = "cjp_engagementid";

    /// <summary>The primary name column.</summary>
    public const string PrimaryNameAttribute = "cjp_name";

    /// <summary>The column logical names this product reads or writes.</summary>
    public static class Columns
    {
        public const string EngagementId = "cjp_engagementid";
        public const string Name = "cjp_name";
        public const string AccountId = "cjp_accountid";
        public const string ServiceLineId = "cjp_servicelineid";
        public const string Status = "cjp_status";
        public const string StartedOn = "cjp_startedon";
        public const string EndedOn = "cjp_endedon";
        public const string Value = "cjp_value";
        public const string EngagementPartnerId = "cjp_engagementpartnerid";
        public const string OpportunityId = "cjp_opportunityid";
        public const string Satisfaction = "cjp_satisfaction";
        public const string OwnerId = "ownerid";
        public const string StateCode = "statecode";

        /// <summary>Set only by the initialization from history; its alternate key (cjp_importkey) lets one run claim a row.</summary>
        public const string ImportKey = "cjp_importkey";
    }
}
