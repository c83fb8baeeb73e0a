namespace CrmJourney.Solution.Validation;

/// <summary>What the folder can say about a name a component uses.</summary>
public enum ReferenceState
{
    /// <summary>The folder defines it, or it is a standard or declared-external component.</summary>
    Found,

    /// <summary>It is certainly absent: the folder is the authority for it and does not define it.</summary>
    Missing,

    /// <summary>It belongs to something the folder does not fully describe (a standard table's own columns, another solution's component).</summary>
    Unverifiable,
}
