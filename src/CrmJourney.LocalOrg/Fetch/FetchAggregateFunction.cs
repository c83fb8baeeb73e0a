namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// The aggregate functions FetchXML offers (attribute element, aggregate attribute). Null values
/// never take part, except in <see cref="Count"/>, which counts rows.
/// </summary>
public enum FetchAggregateFunction
{
    /// <summary>count: the number of rows, whatever the column holds; an int.</summary>
    Count,

    /// <summary>countcolumn: the number of rows with a value in the column (distinct values with distinct='true'); an int.</summary>
    CountColumn,

    /// <summary>sum: the total of the values, in the column's own type (Money for currency).</summary>
    Sum,

    /// <summary>avg: the mean of the values, in the column's own type (a whole-number column averages to a truncated int, as SQL's AVG does).</summary>
    Avg,

    /// <summary>min: the smallest value, in the column's own type.</summary>
    Min,

    /// <summary>max: the largest value, in the column's own type.</summary>
    Max,
}
