using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// Passes every call to the inner service and counts it, so the summary reports the requests the sweep
/// itself issued (the figure that service-protection limits and the request budget are about).
/// One instance per run; not shared across threads.
/// </summary>
internal sealed class CountingOrganizationService : IOrganizationService
{
    private readonly IOrganizationService _inner;

    public CountingOrganizationService(IOrganizationService inner)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    }

    public int Requests { get; private set; }

    public Guid Create(Entity entity)
    {
        Requests++;
        return _inner.Create(entity);
    }

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet)
    {
        Requests++;
        return _inner.Retrieve(entityName, id, columnSet);
    }

    public void Update(Entity entity)
    {
        Requests++;
        _inner.Update(entity);
    }

    public void Delete(string entityName, Guid id)
    {
        Requests++;
        _inner.Delete(entityName, id);
    }

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        Requests++;
        return _inner.Execute(request);
    }

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities)
    {
        Requests++;
        _inner.Associate(entityName, entityId, relationship, relatedEntities);
    }

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities)
    {
        Requests++;
        _inner.Disassociate(entityName, entityId, relationship, relatedEntities);
    }

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        Requests++;
        return _inner.RetrieveMultiple(query);
    }
}
