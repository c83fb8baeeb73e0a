using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Services;

/// <summary>
/// Maps IOrganizationService's convenience methods onto Execute with the typed requests, as the real
/// service does, so every call (Create or Execute(CreateRequest)) takes the same path, runs the same
/// steps and is counted the same way.
/// </summary>
public abstract class OrganizationServiceBase : IOrganizationService
{
    /// <inheritdoc />
    public Guid Create(Entity entity) => ((CreateResponse)Execute(new CreateRequest { Target = entity })).id;

    /// <inheritdoc />
    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        ((RetrieveResponse)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet })).Entity!;

    /// <inheritdoc />
    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    /// <inheritdoc />
    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    /// <inheritdoc />
    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    /// <inheritdoc />
    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    /// <inheritdoc />
    public EntityCollection RetrieveMultiple(QueryBase query) =>
        ((RetrieveMultipleResponse)Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection!;

    /// <inheritdoc />
    public abstract OrganizationResponse Execute(OrganizationRequest request);
}
