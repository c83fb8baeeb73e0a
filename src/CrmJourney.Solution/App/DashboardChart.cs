using System;

namespace CrmJourney.Solution.App;

/// <summary>A chart on a dashboard: the chart drawn over the rows of a view.</summary>
/// <param name="Label">The tile's label.</param>
/// <param name="Table">The table of the view and chart.</param>
/// <param name="ViewId">The view whose rows the chart counts (and the list behind it).</param>
/// <param name="ChartId">The chart.</param>
public sealed record DashboardChart(string Label, string Table, Guid ViewId, Guid ChartId);
