namespace CrmJourney.LocalOrg.Fetch;

/// <summary>How many values a FetchXML condition operator takes, and of what kind.</summary>
internal enum FetchOperatorValues
{
    /// <summary>No value (null, today, eq-userid…).</summary>
    None,

    /// <summary>One value of the column's kind (eq, gt, on…).</summary>
    One,

    /// <summary>One or more value children of the column's kind (in, not-in, contain-values).</summary>
    Many,

    /// <summary>Exactly two value children of the column's kind (between, not-between).</summary>
    Two,

    /// <summary>One whole number counting days or months, whatever the column (last-x-days…).</summary>
    Count,
}
