using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The SDK's list type for query parts and record collections. As in the real SDK it has no public
/// constructor: callers receive instances from the owning object (e.g. <c>ColumnSet.Columns</c>).
/// </summary>
public class DataCollection<T> : Collection<T>
{
    internal DataCollection()
    {
    }

    internal DataCollection(IList<T> list)
        : base(list)
    {
    }

    /// <summary>Appends every item in order.</summary>
    public void AddRange(params T[] items)
    {
        AddRange((IEnumerable<T>)items);
    }

    /// <summary>Appends every item in order; a null sequence adds nothing.</summary>
    public void AddRange(IEnumerable<T> items)
    {
        if (items == null)
        {
            return;
        }

        foreach (var item in items)
        {
            Add(item);
        }
    }

    /// <summary>A copy of the items as an array.</summary>
    public T[] ToArray()
    {
        var array = new T[Count];
        CopyTo(array, 0);
        return array;
    }
}
