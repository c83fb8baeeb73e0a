namespace CrmJourney.Solution.App;

/// <summary>
/// A column on a form. The label comes from the column's display name in Entity.xml (or
/// <see cref="StandardColumnLabels"/> for a standard column) unless <paramref name="Label"/> overrides it.
/// </summary>
/// <param name="Column">The column's logical name.</param>
/// <param name="ReadOnly">Shown but not editable (counters the plugins keep, history).</param>
/// <param name="Label">A label other than the column's display name.</param>
public sealed record FieldCell(string Column, bool ReadOnly = false, string? Label = null) : FormCell
{
    /// <inheritdoc />
    public override string ControlId => Column;
}
