namespace CrmJourney.LocalOrg.Metadata;

/// <summary>
/// Logical names of the columns the platform maintains on every table it applies to. LocalOrg sets
/// them the way Dataverse does (Create stamps created/modified, Update stamps modified, Assign moves
/// the owner, SetState moves the state), so code that reads them behaves the same here.
/// </summary>
public static class SystemColumns
{
    /// <summary>When the row was created (UTC).</summary>
    public const string CreatedOn = "createdon";

    /// <summary>Who created the row (systemuser).</summary>
    public const string CreatedBy = "createdby";

    /// <summary>When the row was last modified (UTC).</summary>
    public const string ModifiedOn = "modifiedon";

    /// <summary>Who last modified the row (systemuser).</summary>
    public const string ModifiedBy = "modifiedby";

    /// <summary>The owning user or team of a user-owned row.</summary>
    public const string OwnerId = "ownerid";

    /// <summary>The row's status.</summary>
    public const string StateCode = "statecode";

    /// <summary>The row's status reason.</summary>
    public const string StatusCode = "statuscode";
}
