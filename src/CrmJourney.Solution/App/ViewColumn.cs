namespace CrmJourney.Solution.App;

/// <summary>A column of a view's grid.</summary>
/// <param name="Column">The column's logical name.</param>
/// <param name="Width">The grid cell's width in pixels.</param>
public sealed record ViewColumn(string Column, int Width = 150);
