using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Plugins.Tests.Sweep;

/// <summary>Passes calls to an organization and keeps every Execute request, to check what was sent.</summary>
public sealed class RecordingService(IOrganizationService inner) : IOrganizationService
{
    public List<OrganizationRequest> Executed { get; } = [];

    public Guid Create(Entity entity) => inner.Create(entity);

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => inner.Retrieve(entityName, id, columnSet);

    public void Update(Entity entity) => inner.Update(entity);

    public void Delete(string entityName, Guid id) => inner.Delete(entityName, id);

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        Executed.Add(request);
        return inner.Execute(request);
    }

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => inner.Associate(entityName, entityId, relationship, relatedEntities);

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => inner.Disassociate(entityName, entityId, relationship, relatedEntities);

    public EntityCollection RetrieveMultiple(QueryBase query) => inner.RetrieveMultiple(query);
}
