namespace CrmJourney.Solution.App;

/// <summary>How a chart draws its series (the <c>ChartType</c> of the chart designer's presentation XML).</summary>
public enum ChartKind
{
    /// <summary>One column per category.</summary>
    Column,

    /// <summary>One bar per category.</summary>
    Bar,

    /// <summary>Columns split by a second grouping (series), stacked.</summary>
    StackedColumn,
}
