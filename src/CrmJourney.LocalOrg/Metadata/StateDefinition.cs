using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.LocalOrg.Metadata;

/// <summary>
/// One status (statecode value) of a table with the status reasons (statuscode values) valid in it.
/// Dataverse refuses a status reason that belongs to another state, and picks the state's default
/// reason when only the state is given; LocalOrg does the same.
/// </summary>
public sealed class StateDefinition
{
    /// <summary>Creates a state whose first status reason is the default.</summary>
    public StateDefinition(int value, string name, params int[] statusReasons)
    {
        if (statusReasons.Length == 0)
        {
            throw new ArgumentException($"The state '{name}' needs at least one status reason.", nameof(statusReasons));
        }

        Value = value;
        Name = name;
        StatusReasons = statusReasons.ToArray();
    }

    /// <summary>The statecode value.</summary>
    public int Value { get; }

    /// <summary>The state's label (Active, Open, Won…), used in fault messages.</summary>
    public string Name { get; }

    /// <summary>The statuscode values valid in this state; the first is the default.</summary>
    public IReadOnlyList<int> StatusReasons { get; }

    /// <summary>The status reason used when a write gives the state alone.</summary>
    public int DefaultStatusReason => StatusReasons[0];
}
