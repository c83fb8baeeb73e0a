using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Plugins.Tests.Sweep;

/// <summary>
/// Passes calls to an organization, running <paramref name="beforeLogWrite"/> once, just before the first
/// CreateMultiple of cjp_nurturelog: where a test makes two sweeps meet, or another sweep "commit" first.
/// </summary>
public sealed class InterceptingService(IOrganizationService inner, Action<EntityCollection> beforeLogWrite) : IOrganizationService
{
    private bool _intercepted;

    public Guid Create(Entity entity) => inner.Create(entity);

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => inner.Retrieve(entityName, id, columnSet);

    public void Update(Entity entity) => inner.Update(entity);

    public void Delete(string entityName, Guid id) => inner.Delete(entityName, id);

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        if (!_intercepted && request is CreateMultipleRequest { Targets.EntityName: "cjp_nurturelog" } create)
        {
            _intercepted = true;
            beforeLogWrite(create.Targets!);
        }

        return inner.Execute(request);
    }

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => inner.Associate(entityName, entityId, relationship, relatedEntities);

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => inner.Disassociate(entityName, entityId, relationship, relatedEntities);

    public EntityCollection RetrieveMultiple(QueryBase query) => inner.RetrieveMultiple(query);
}
