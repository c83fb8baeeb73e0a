namespace CrmJourney.Plugins.Schema;

/// <summary>The team table. A team a nurture rule can assign its tasks to.</summary>
public static class Team
{
    /// <summary>The table's logical name.</summary>
    public const string LogicalName = "team";

    /// <summary>The primary id column.</summary>
    public const string PrimaryIdAttribute = "teamid";

    /// <summary>The primary name column.</summary>
    public const string PrimaryNameAttribute = "name";

    /// <summary>The column logical names this product reads or writes.</summary>
    public static class Columns
    {
        public const string TeamId = "teamid";
        public const string Name = "name";
    }
}
