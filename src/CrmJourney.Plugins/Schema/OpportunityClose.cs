namespace CrmJourney.Plugins.Schema;

/// <summary>The opportunityclose table. The close activity passed with Win and Lose; it names the opportunity and the actual revenue and date.</summary>
public static class OpportunityClose
{
    /// <summary>The table's logical name.</summary>
    public const string LogicalName = "opportunityclose";

    /// <summary>The primary id column.</summary>
    public const string PrimaryIdAttribute = "activityid";

    /// <summary>The primary name column.</summary>
    public const string PrimaryNameAttribute = "subject";

    /// <summary>The column logical names this product reads or writes.</summary>
    public static class Columns
    {
        public const string ActivityId = "activityid";
        public const string Subject = "subject";
        public const string OpportunityId = "opportunityid";
        public const string ActualRevenue = "actualrevenue";
        public const string ActualEnd = "actualend";
        public const string Description = "description";
    }
}
