namespace CrmJourney.Plugins.Schema;

/// <summary>The contact table. A person; a touchpoint regarding a contact counts for the contact's parent account.</summary>
public static class Contact
{
    /// <summary>The table's logical name.</summary>
    public const string LogicalName = "contact";

    /// <summary>The primary id column.</summary>
    public const string PrimaryIdAttribute = "contactid";

    /// <summary>The primary name column.</summary>
    public const string PrimaryNameAttribute = "fullname";

    /// <summary>The column logical names this product reads or writes.</summary>
    public static class Columns
    {
        public const string ContactId = "contactid";
        public const string FullName = "fullname";
        public const string ParentCustomerId = "parentcustomerid";
        public const string OwnerId = "ownerid";
    }
}
