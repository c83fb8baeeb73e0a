namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// The part of a date and time column an aggregate query groups by (attribute element,
/// dategrouping attribute). Each groups by a whole number computed in UTC, LocalOrg having no user
/// time zone. Dataverse's fiscal-period and fiscal-year need the organization's fiscal settings,
/// which LocalOrg does not keep, so they are refused.
/// </summary>
public enum FetchDateGrouping
{
    /// <summary>day: the day of the month, 1 to 31.</summary>
    Day,

    /// <summary>week: the week of the year as SQL Server's DATEPART(week) counts it (weeks start on Sunday; the week holding 1 January is week 1).</summary>
    Week,

    /// <summary>month: 1 to 12.</summary>
    Month,

    /// <summary>quarter: 1 to 4.</summary>
    Quarter,

    /// <summary>year: the four-digit year.</summary>
    Year,
}
