namespace CrmJourney.Plugins.Schema;

/// <summary>The cjp_referral table. A referral from an account or contact to new business; the pair key keeps one row per referrer and referred record.</summary>
public static class Referral
{
    /// <summary>The table's logical name.</summary>
    public const string LogicalName = "cjp_referral";

    /// <summary>The primary id column.</summary>
    public const string PrimaryIdAttribute = "cjp_referralid";

    /// <summary>The primary name column.</summary>
    public const string PrimaryNameAttribute = "cjp_name";

    /// <summary>The column logical names this product reads or writes.</summary>
    public static class Columns
    {
        public const string ReferralId = "cjp_referralid";
        public const string Name = "cjp_name";
        public const string ReferrerAccountId = "cjp_referreraccountid";
        public const string ReferrerContactId = "cjp_referrercontactid";
        public const string ReferredLeadId = "cjp_referredleadid";
        public const string ReferredOpportunityId = "cjp_referredopportunityid";
        public const string ReferredAccountId = "cjp_referredaccountid";
        public const string ReferredOn = "cjp_referredon";
        public const string Channel = "cjp_channel";
        public const string Status = "cjp_status";
        public const string Value = "cjp_value";
        public const string ReferrerStage = "cjp_referrerstage";

        /// <summary>"referrer id:referred id" — the alternate key that keeps one referral per pair.</summary>
        public const string PairKey = "cjp_pairkey";
    }
}
