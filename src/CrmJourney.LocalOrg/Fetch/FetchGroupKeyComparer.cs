using System;
using System.Collections.Generic;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>Equality of aggregate group keys (one value per groupby column), value by value with <see cref="FetchValueComparer"/>.</summary>
internal sealed class FetchGroupKeyComparer : IEqualityComparer<object?[]>
{
    public static readonly FetchGroupKeyComparer Instance = new();

    private FetchGroupKeyComparer()
    {
    }

    public bool Equals(object?[]? x, object?[]? y)
    {
        if (x is null || y is null || x.Length != y.Length)
        {
            return ReferenceEquals(x, y);
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (!FetchValueComparer.Instance.Equals(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(object?[] obj)
    {
        var hash = new HashCode();
        foreach (var value in obj)
        {
            hash.Add(FetchValueComparer.Instance.GetHashCode(value));
        }

        return hash.ToHashCode();
    }
}
