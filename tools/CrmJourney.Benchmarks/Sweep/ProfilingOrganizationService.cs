using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Benchmarks.Sweep;

/// <summary>
/// A pass-through service that charges each request's wall time, allocated bytes and the managed heap
/// just after it to the request's kind ("RetrieveMultiple account", "CreateMultiple task", …): where a
/// sweep spends its time and memory, nested plugin work included in the outer request.
/// </summary>
public sealed class ProfilingOrganizationService : IOrganizationService
{
    private readonly IOrganizationService _inner;
    private readonly Dictionary<string, RequestProfile> _profiles = new(StringComparer.Ordinal);

    /// <summary>Profiles every request made through it to <paramref name="inner"/>.</summary>
    public ProfilingOrganizationService(IOrganizationService inner) => _inner = inner;

    /// <summary>The profile of each request kind, the most expensive in time first.</summary>
    public IReadOnlyList<RequestProfile> Profiles => _profiles.Values.OrderByDescending(p => p.Elapsed).ToList();

    /// <inheritdoc />
    public Guid Create(Entity entity) => Measure("Create " + entity.LogicalName, () => _inner.Create(entity));

    /// <inheritdoc />
    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => Measure("Retrieve " + entityName, () => _inner.Retrieve(entityName, id, columnSet));

    /// <inheritdoc />
    public void Update(Entity entity) => Measure("Update " + entity.LogicalName, () => { _inner.Update(entity); return 0; });

    /// <inheritdoc />
    public void Delete(string entityName, Guid id) => Measure("Delete " + entityName, () => { _inner.Delete(entityName, id); return 0; });

    /// <inheritdoc />
    public OrganizationResponse Execute(OrganizationRequest request) =>
        Measure(request.RequestName + (request.Parameters.TryGetValue("Targets", out var targets) && targets is EntityCollection c ? " " + c.EntityName : string.Empty), () => _inner.Execute(request));

    /// <inheritdoc />
    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Measure("Associate " + entityName, () => { _inner.Associate(entityName, entityId, relationship, relatedEntities); return 0; });

    /// <inheritdoc />
    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Measure("Disassociate " + entityName, () => { _inner.Disassociate(entityName, entityId, relationship, relatedEntities); return 0; });

    /// <inheritdoc />
    public EntityCollection RetrieveMultiple(QueryBase query) =>
        Measure("RetrieveMultiple " + (query is QueryExpression q ? q.EntityName : query.GetType().Name), () => _inner.RetrieveMultiple(query));

    private T Measure<T>(string kind, Func<T> call)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var watch = Stopwatch.StartNew();
        var result = call();
        var elapsed = watch.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
        if (!_profiles.TryGetValue(kind, out var profile))
        {
            profile = new RequestProfile(kind);
            _profiles.Add(kind, profile);
        }

        profile.Add(elapsed, allocated, GC.GetTotalMemory(forceFullCollection: false));
        return result;
    }
}
