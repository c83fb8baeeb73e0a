namespace CrmJourney.Solution.App;

/// <summary>
/// A grid of related rows on a form: the rows of <paramref name="Table"/> shown through the view
/// <paramref name="ViewId"/>, limited to the form's record through <paramref name="Relationship"/>.
/// </summary>
/// <param name="Name">The control id, unique in the form.</param>
/// <param name="Label">The grid's label.</param>
/// <param name="Table">The related table's logical name.</param>
/// <param name="ViewId">The view the grid shows (its columns, order and filter).</param>
/// <param name="Relationship">The relationship's schema name that ties the rows to the form's record.</param>
/// <param name="RecordsPerPage">How many rows one page shows.</param>
public sealed record SubgridCell(string Name, string Label, string Table, System.Guid ViewId, string Relationship, int RecordsPerPage = 5) : FormCell
{
    /// <inheritdoc />
    public override string ControlId => Name;
}
