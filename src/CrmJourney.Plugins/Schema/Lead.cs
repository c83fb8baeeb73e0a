namespace CrmJourney.Plugins.Schema;

/// <summary>The lead table. A prospective deal; a referrer on a lead is logged as a referral.</summary>
public static class Lead
{
    /// <summary>The table's logical name.</summary>
    public const string LogicalName = "lead";

    /// <summary>The primary id column.</summary>
    public const string PrimaryIdAttribute = "leadid";

    /// <summary>The primary name column.</summary>
    public const string PrimaryNameAttribute = "fullname";

    /// <summary>The column logical names this product reads or writes.</summary>
    public static class Columns
    {
        public const string LeadId = "leadid";
        public const string Subject = "subject";
        public const string FullName = "fullname";
        public const string ParentAccountId = "parentaccountid";
        public const string CustomerId = "customerid";
        public const string StateCode = "statecode";
        public const string ServiceLineId = "cjp_servicelineid";
        public const string ReferredByAccountId = "cjp_referredbyaccountid";
        public const string ReferredByContactId = "cjp_referredbycontactid";
        public const string ReferralChannel = "cjp_referralchannel";
    }
}
