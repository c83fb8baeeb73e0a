using System;

namespace CrmJourney.Solution.App;

/// <summary>
/// A system chart (savedqueryvisualization), declared in code (<see cref="ClientJourneyCharts"/>) and
/// written to <c>Entities/&lt;table folder&gt;/Visualizations/{id}.xml</c> by <see cref="ChartFileWriter"/>.
/// Its FetchXML counts <see cref="CountColumn"/> grouped by <see cref="GroupBy"/> (the categories) and,
/// when set, <see cref="SeriesBy"/> (one series per value), over the rows <see cref="Filter"/> keeps.
/// </summary>
/// <param name="Id">The chart id.</param>
/// <param name="Table">The table counted.</param>
/// <param name="Name">The chart's name.</param>
/// <param name="Description">What it shows.</param>
/// <param name="GroupBy">The category column.</param>
/// <param name="CountColumn">The column counted (the primary id counts rows).</param>
/// <param name="Kind">How it is drawn.</param>
/// <param name="Filter">The FetchXML filter element as text, or null for every row.</param>
/// <param name="SeriesBy">A second grouping column that splits each category into series, or null.</param>
public sealed record ChartDefinition(Guid Id, string Table, string Name, string Description, string GroupBy, string CountColumn, ChartKind Kind, string? Filter = null, string? SeriesBy = null);
