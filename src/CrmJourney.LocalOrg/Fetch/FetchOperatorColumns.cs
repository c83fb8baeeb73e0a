namespace CrmJourney.LocalOrg.Fetch;

/// <summary>Which columns a FetchXML condition operator applies to; a mismatch is refused before the engine sees it.</summary>
internal enum FetchOperatorColumns
{
    /// <summary>Any column.</summary>
    Any,

    /// <summary>Text columns (the like family).</summary>
    Text,

    /// <summary>Date and time columns (today, on, last-x-days…).</summary>
    Date,

    /// <summary>Columns holding a user id: lookups and primary keys (eq-userid, ne-userid).</summary>
    User,

    /// <summary>Multi-select choice columns (contain-values, not-contain-values).</summary>
    MultiChoice,
}
