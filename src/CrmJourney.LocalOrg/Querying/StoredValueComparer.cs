using System;
using System.Collections.Generic;
using CrmJourney.LocalOrg.Storage;

namespace CrmJourney.LocalOrg.Querying;

/// <summary>
/// Orders and compares stored values the way Dataverse's SQL does for the product's purposes: text
/// without case (the default collation is case-insensitive), lookups by referenced id, nulls before
/// any value in ascending order.
/// </summary>
internal sealed class StoredValueComparer : IComparer<object?>
{
    public static StoredValueComparer Instance { get; } = new();

    public int Compare(object? x, object? y)
    {
        if (x == null || y == null)
        {
            return x == null ? (y == null ? 0 : -1) : 1;
        }

        return (x, y) switch
        {
            (string a, string b) => StringComparer.OrdinalIgnoreCase.Compare(a, b),
            (StoredReference a, StoredReference b) => a.Id.CompareTo(b.Id),
            (StoredReference a, Guid b) => a.Id.CompareTo(b),
            (Guid a, StoredReference b) => a.CompareTo(b.Id),
            (IComparable a, _) when x.GetType() == y.GetType() => a.CompareTo(y),
            _ => Convert.ToDecimal(x, System.Globalization.CultureInfo.InvariantCulture)
                .CompareTo(Convert.ToDecimal(y, System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    public static bool AreEqual(object? x, object? y) => x != null && y != null && Instance.Compare(x, y) == 0;
}
