namespace Microsoft.Xrm.Sdk;

/// <summary>How Update and Delete treat the record's row version (optimistic concurrency).</summary>
public enum ConcurrencyBehavior
{
    /// <summary>The message's default (overwrite for Update and Delete).</summary>
    Default = 0,

    /// <summary>Fail unless the record's row version matches <c>Entity.RowVersion</c>.</summary>
    IfRowVersionMatches = 1,

    /// <summary>Always write.</summary>
    AlwaysOverwrite = 2,
}
