namespace CrmJourney.Plugins.Schema;

/// <summary>The opportunity table. A deal; winning it creates an engagement, losing it sets the prospect outcome.</summary>
public static class Opportunity
{
    /// <summary>The table's logical name.</summary>
    public const string LogicalName = "opportunity";

    /// <summary>The primary id column.</summary>
    public const string PrimaryIdAttribute = "opportunityid";

    /// <summary>The primary name column.</summary>
    public const string PrimaryNameAttribute = "name";

    /// <summary>The column logical names this product reads or writes.</summary>
    public static class Columns
    {
        public const string OpportunityId = "opportunityid";
        public const string Name = "name";
        public const string CustomerId = "customerid";
        public const string ParentAccountId = "parentaccountid";
        public const string EstimatedValue = "estimatedvalue";
        public const string ActualValue = "actualvalue";
        public const string ActualCloseDate = "actualclosedate";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";
        public const string ServiceLineId = "cjp_servicelineid";
        public const string ReferredByAccountId = "cjp_referredbyaccountid";
        public const string ReferredByContactId = "cjp_referredbycontactid";
        public const string ReferralChannel = "cjp_referralchannel";
    }
}
