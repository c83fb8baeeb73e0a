using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>
/// The columns a query or Retrieve returns. The default is no columns (only the id); this product
/// always names its columns and never asks for all of them.
/// </summary>
public sealed class ColumnSet : IExtensibleDataObject
{
    private DataCollection<string> _columns = new();

    /// <summary>No columns.</summary>
    public ColumnSet()
    {
    }

    /// <summary>All columns when <paramref name="allColumns"/> is true, otherwise none.</summary>
    public ColumnSet(bool allColumns)
    {
        AllColumns = allColumns;
    }

    /// <summary>The named columns.</summary>
    public ColumnSet(params string[] columns)
    {
        _columns.AddRange(columns);
    }

    /// <summary>Whether every column is returned (then <see cref="Columns"/> is ignored).</summary>
    public bool AllColumns { get; set; }

    /// <summary>The named columns.</summary>
    public DataCollection<string> Columns
    {
        get => _columns;
        set => _columns = value ?? new DataCollection<string>();
    }

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Adds one column.</summary>
    public void AddColumn(string column) => Columns.Add(column);

    /// <summary>Adds the columns in order.</summary>
    public void AddColumns(params string[] columns) => Columns.AddRange(columns);
}
