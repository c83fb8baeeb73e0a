using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// One page of query results. <see cref="MoreRecords"/> and <see cref="PagingCookie"/> tell the caller
/// whether and how to ask for the next page (Dataverse pages hold at most 5,000 rows).
/// </summary>
public sealed class EntityCollection : IExtensibleDataObject
{
    private DataCollection<Entity> _entities;

    /// <summary>An empty page.</summary>
    public EntityCollection()
    {
    }

    /// <summary>A page holding <paramref name="list"/>'s records (the list is wrapped, not copied).</summary>
    public EntityCollection(IList<Entity> list)
    {
        _entities = new DataCollection<Entity>(list);
    }

    /// <summary>The records of this page.</summary>
    public DataCollection<Entity> Entities => _entities ??= new DataCollection<Entity>();

    /// <summary>The table's logical name.</summary>
    public string EntityName { get; set; }

    /// <summary>Whether another page follows.</summary>
    public bool MoreRecords { get; set; }

    /// <summary>The cookie to pass in <c>PagingInfo.PagingCookie</c> for the next page.</summary>
    public string PagingCookie { get; set; }

    /// <summary>The total count, when the query asked for it (capped by the service).</summary>
    public int TotalRecordCount { get; set; }

    /// <summary>Whether the total count hit the service's limit.</summary>
    public bool TotalRecordCountLimitExceeded { get; set; }

    /// <summary>The lowest active row version, for change tracking.</summary>
    public string MinActiveRowVersion { get; set; }

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>The record at <paramref name="index"/>.</summary>
    public Entity this[int index]
    {
        get => Entities[index];
        set => Entities[index] = value;
    }
}
