using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// Compares column values the way an aggregate query's SQL does: text case-insensitively (Dataverse's
/// default collation), choices and currency by their numbers, lookups by record, and null before
/// every value when sorting ascending. Used for groups, distinct counts, min, max and result order.
/// </summary>
internal sealed class FetchValueComparer : IEqualityComparer<object?>, IComparer<object?>
{
    public static readonly FetchValueComparer Instance = new();

    private FetchValueComparer()
    {
    }

    public new bool Equals(object? x, object? y) => x is string a && y is string b
        ? StringComparer.OrdinalIgnoreCase.Equals(a, b)
        : object.Equals(x, y);

    public int GetHashCode(object? obj) => obj switch
    {
        null => 0,
        string text => StringComparer.OrdinalIgnoreCase.GetHashCode(text),
        _ => obj.GetHashCode(),
    };

    public int Compare(object? x, object? y)
    {
        if (x is null || y is null)
        {
            return (x is null ? 0 : 1) - (y is null ? 0 : 1);
        }

        return (x, y) switch
        {
            (string a, string b) => StringComparer.OrdinalIgnoreCase.Compare(a, b),
            (Money a, Money b) => a.Value.CompareTo(b.Value),
            (OptionSetValue a, OptionSetValue b) => a.Value.CompareTo(b.Value),
            (EntityReference a, EntityReference b) => CompareReferences(a, b),
            (IComparable a, _) when x.GetType() == y.GetType() => a.CompareTo(y),
            _ when IsNumber(x) && IsNumber(y) => Convert.ToDecimal(x, System.Globalization.CultureInfo.InvariantCulture)
                .CompareTo(Convert.ToDecimal(y, System.Globalization.CultureInfo.InvariantCulture)),
            _ => string.CompareOrdinal(x.ToString(), y.ToString()),
        };
    }

    private static int CompareReferences(EntityReference a, EntityReference b)
    {
        var byName = StringComparer.OrdinalIgnoreCase.Compare(a.Name, b.Name);
        return byName != 0 ? byName : a.Id.CompareTo(b.Id);
    }

    private static bool IsNumber(object value) => value is int or long or decimal or double or float or short;
}
