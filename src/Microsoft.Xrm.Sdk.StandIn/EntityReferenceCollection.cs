using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>The records to associate or disassociate in a many-to-many or one-to-many relationship.</summary>
public sealed class EntityReferenceCollection : DataCollection<EntityReference>
{
    /// <summary>An empty collection.</summary>
    public EntityReferenceCollection()
    {
    }

    /// <summary>A collection holding <paramref name="list"/>'s references (the list is wrapped, not copied).</summary>
    public EntityReferenceCollection(IList<EntityReference> list)
        : base(list)
    {
    }
}
