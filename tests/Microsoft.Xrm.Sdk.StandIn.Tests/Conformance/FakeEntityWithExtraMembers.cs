using System;

namespace Microsoft.Xrm.Sdk.StandIn.Tests.Conformance;

/// <summary>
/// Listed under the name "Microsoft.Xrm.Sdk.Entity" by the checker's own tests: one real member,
/// one member with the wrong type and one the real SDK does not have.
/// </summary>
public sealed class FakeEntityWithExtraMembers
{
    /// <summary>Matches the real <c>Entity.LogicalName</c>.</summary>
    public string LogicalName { get; set; } = string.Empty;

    /// <summary>The real <c>Entity.Id</c> is a Guid, not an int.</summary>
    public int Id { get; set; }

    /// <summary>The real Entity has no such method.</summary>
    public void MarkDirty()
    {
        Id++;
    }

    /// <summary>Matches the real <c>Entity.Contains(string)</c>.</summary>
    public bool Contains(string attributeName) => attributeName.Length > 0;

    /// <summary>Matches the real <c>Entity.GetAttributeValue&lt;T&gt;(string)</c>.</summary>
    public T GetAttributeValue<T>(string attributeLogicalName) => attributeLogicalName.Length > 0 ? default! : throw new ArgumentException("empty");
}
