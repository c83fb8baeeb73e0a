using System;
using System.Collections.Generic;

namespace CrmJourney.LocalOrg.Querying;

/// <summary>Orders ids largest first, so a priority queue of ids keeps its largest at the top (a bounded max-heap).</summary>
internal sealed class DescendingIds : IComparer<Guid>
{
    public static DescendingIds Instance { get; } = new();

    public int Compare(Guid x, Guid y) => y.CompareTo(x);
}
