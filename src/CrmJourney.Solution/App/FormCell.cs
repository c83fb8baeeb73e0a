namespace CrmJourney.Solution.App;

/// <summary>One cell of a form section: a column's control (<see cref="FieldCell"/>) or a subgrid (<see cref="SubgridCell"/>).</summary>
public abstract record FormCell
{
    /// <summary>The control's id inside the form (unique per form): the column name for a field, the grid's name for a subgrid.</summary>
    public abstract string ControlId { get; }
}
