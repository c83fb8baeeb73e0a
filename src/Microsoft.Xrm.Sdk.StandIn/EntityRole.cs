namespace Microsoft.Xrm.Sdk;

/// <summary>Which side of a self-referencing relationship the primary record is on.</summary>
public enum EntityRole
{
    /// <summary>The record holds the lookup.</summary>
    Referencing = 0,

    /// <summary>The record is the lookup's target.</summary>
    Referenced = 1,
}
