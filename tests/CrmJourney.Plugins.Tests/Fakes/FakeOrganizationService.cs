using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Plugins.Tests.Fakes;

/// <summary>An organization service that fails every call with the configured fault, as a real service does on bad data.</summary>
public sealed class FakeOrganizationService(Guid? userId, FaultException<OrganizationServiceFault>? fault) : IOrganizationService
{
    public Guid? UserId { get; } = userId;

    public Guid Create(Entity entity) => throw Fail();

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => throw Fail();

    public void Update(Entity entity) => throw Fail();

    public void Delete(string entityName, Guid id) => throw Fail();

    public OrganizationResponse Execute(OrganizationRequest request) => throw Fail();

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw Fail();

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw Fail();

    public EntityCollection RetrieveMultiple(QueryBase query) => throw Fail();

    private Exception Fail() => (Exception?)fault ?? new NotSupportedException("This fake only fails.");
}
