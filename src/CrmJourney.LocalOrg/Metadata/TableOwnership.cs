namespace CrmJourney.LocalOrg.Metadata;

/// <summary>
/// Who owns a table's rows. User-owned tables get an <c>ownerid</c> column (user or team) that
/// Create defaults to the caller and Assign changes; organization-owned tables have none.
/// </summary>
public enum TableOwnership
{
    /// <summary>Rows are owned by a user or team (<c>ownerid</c>).</summary>
    UserOrTeam,

    /// <summary>Rows belong to the organization; there is no <c>ownerid</c>.</summary>
    Organization,
}
