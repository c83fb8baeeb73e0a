namespace CrmJourney.Plugins.Schema;

/// <summary>The cjp_serviceline table. One service of the firm's catalogue (organization-owned); the code is its alternate key.</summary>
public static class ServiceLine
{
    /// <summary>The table's logical name.</summary>
    public const string LogicalName = "cjp_serviceline";

    /// <summary>The primary id column.</summary>
    public const string PrimaryIdAttribute = "cjp_servicelineid";

    /// <summary>The primary name column.</summary>
    public const string PrimaryNameAttribute = "cjp_name";

    /// <summary>The column logical names this product reads or writes.</summary>
    public static class Columns
    {
        public const string ServiceLineId = "cjp_servicelineid";
        public const string Name = "cjp_name";
        public const string Code = "cjp_code";
        public const string Description = "cjp_description";
        public const string StateCode = "statecode";
    }
}
