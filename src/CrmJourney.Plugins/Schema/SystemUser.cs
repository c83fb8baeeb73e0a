namespace CrmJourney.Plugins.Schema;

/// <summary>The systemuser table. A user: account owners, relationship and engagement partners, task assignees.</summary>
public static class SystemUser
{
    /// <summary>The table's logical name.</summary>
    public const string LogicalName = "systemuser";

    /// <summary>The primary id column.</summary>
    public const string PrimaryIdAttribute = "systemuserid";

    /// <summary>The primary name column.</summary>
    public const string PrimaryNameAttribute = "fullname";

    /// <summary>The column logical names this product reads or writes.</summary>
    public static class Columns
    {
        public const string SystemUserId = "systemuserid";
        public const string FullName = "fullname";
        public const string InternalEmailAddress = "internalemailaddress";
    }
}
