using System;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The Dataverse organization service. Failures surface as
/// <c>System.ServiceModel.FaultException&lt;OrganizationServiceFault&gt;</c>, as from the real service.
/// </summary>
public interface IOrganizationService
{
    /// <summary>Creates a record and returns its id.</summary>
    Guid Create(Entity entity);

    /// <summary>Reads one record with the given columns; a missing record is a fault.</summary>
    Entity Retrieve(string entityName, Guid id, ColumnSet columnSet);

    /// <summary>Writes the columns present on <paramref name="entity"/>.</summary>
    void Update(Entity entity);

    /// <summary>Deletes a record.</summary>
    void Delete(string entityName, Guid id);

    /// <summary>Executes any message.</summary>
    OrganizationResponse Execute(OrganizationRequest request);

    /// <summary>Links records through a relationship.</summary>
    void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);

    /// <summary>Unlinks records of a relationship.</summary>
    void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);

    /// <summary>Runs a query and returns one page of results.</summary>
    EntityCollection RetrieveMultiple(QueryBase query);
}
