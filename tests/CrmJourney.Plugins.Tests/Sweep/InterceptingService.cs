using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Plugins.Tests.Sweep;

/// <summary>
/// Passes calls to an organization, running a hook just before CreateMultiple requests of cjp_nurturelog:
/// where a test makes two sweeps meet, or another sweep "commit" first.
/// </summary>
public sealed class InterceptingService : IOrganizationService
{
    private readonly IOrganizationService _inner;
    private readonly Action<int, EntityCollection> _beforeEachLogWrite;
    private int _logWrites;

    /// <summary>Runs <paramref name="beforeWrite"/> once, before the first CreateMultiple of <paramref name="table"/>.</summary>
    public InterceptingService(IOrganizationService inner, string table, Action<EntityCollection> beforeWrite)
        : this(inner, beforeWrite)
    {
        _table = table;
    }

    /// <summary>Runs <paramref name="beforeLogWrite"/> once, before the first CreateMultiple of cjp_nurturelog.</summary>
    public InterceptingService(IOrganizationService inner, Action<EntityCollection> beforeLogWrite)
        : this(inner, (index, logs) =>
        {
            if (index == 1)
            {
                beforeLogWrite(logs);
            }
        })
    {
    }

    /// <summary>Runs <paramref name="beforeEachLogWrite"/> before every CreateMultiple of cjp_nurturelog, with its 1-based index.</summary>
    public InterceptingService(IOrganizationService inner, Action<int, EntityCollection> beforeEachLogWrite)
    {
        _inner = inner;
        _beforeEachLogWrite = beforeEachLogWrite;
    }

    private readonly string _table = "cjp_nurturelog";

    public Guid Create(Entity entity) => _inner.Create(entity);

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => _inner.Retrieve(entityName, id, columnSet);

    public void Update(Entity entity) => _inner.Update(entity);

    public void Delete(string entityName, Guid id) => _inner.Delete(entityName, id);

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        if (request is CreateMultipleRequest create && create.Targets?.EntityName == _table)
        {
            _beforeEachLogWrite(++_logWrites, create.Targets!);
        }

        return _inner.Execute(request);
    }

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => _inner.Associate(entityName, entityId, relationship, relatedEntities);

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => _inner.Disassociate(entityName, entityId, relationship, relatedEntities);

    public EntityCollection RetrieveMultiple(QueryBase query) => _inner.RetrieveMultiple(query);
}
