using CrmJourney.LocalOrg.Storage;

namespace CrmJourney.LocalOrg.Querying;

/// <summary>One joined result: the main row in slot 0 and each link entity's row (or null for an unmatched outer join) in its slot.</summary>
internal sealed class ResultRow
{
    public ResultRow(StoredRow?[] slots)
    {
        Slots = slots;
    }

    public StoredRow?[] Slots { get; }

    /// <summary>The sort key values, filled once before sorting.</summary>
    public object?[] SortValues { get; set; } = System.Array.Empty<object?>();
}
