using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CrmJourney.Hosting;
using CrmJourney.LocalOrg;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Solution;
using CrmJourney.Plugins.Registration;
using CrmJourney.Plugins.Sweep;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Plugins.Tests.Sweep;

/// <summary>
/// A LocalOrg organization with the standard tables, the shipped schema read from solution-package/src
/// and the cjp_RunNurtureSweep custom API routed to <see cref="RunNurtureSweepPlugin"/>, plus what the
/// sweep's tests need around it: bulk seeding (Import, not counted), reading whole tables and LocalOrg's
/// request counters. The organization's clock reads <see cref="SweepWorld.AsOf"/>.
/// </summary>
public sealed class SweepOrganization : IOrganizationService
{
    private static readonly Lazy<MetadataCatalog> _catalog = new(() => MetadataCatalog.Empty
        .With(StandardTables.All)
        .WithSolution(Path.Combine(RepositoryRoot(), "solution-package", "src")));

    /// <param name="withProductSteps">Also register every product plugin step, as the shipped solution does (for what the sweep's writes trigger).</param>
    /// <param name="configure">Adds to the organization before it is built (an extra plug-in step, roles).</param>
    public SweepOrganization(bool withProductSteps = false, Action<LocalOrganizationBuilder>? configure = null)
    {
        var builder = LocalOrganization.CreateBuilder()
            .UseCatalog(_catalog.Value)
            .AddCustomApi(RunNurtureSweepApi.UniqueName, new RunNurtureSweepPlugin(null, null))
            .UseClock(() => SweepWorld.AsOf);
        if (withProductSteps)
        {
            builder.AddPluginSteps(PluginCatalog.ForProductPlugins().Steps
                .Where(step => step.Message != RunNurtureSweepApi.UniqueName)
                .Select(PluginStepAdapter.ToLocalStep));
        }

        foreach (var relationship in StandardTables.Relationships)
        {
            builder.AddRelationship(relationship);
        }

        configure?.Invoke(builder);
        Local = builder.Build();
    }

    public LocalOrganization Local { get; }

    public int TotalRequests => Local.Counters.Total;

    public int Requests(string message) => Local.Counters.For(message);

    public void ResetCounters() => Local.Counters.Reset();

    /// <summary>Stores rows as they are (an import: no steps, not counted as requests).</summary>
    public void Seed(IEnumerable<Entity> rows)
    {
        var before = Local.Counters.Total;
        Local.Import(rows);
        if (Local.Counters.Total != before)
        {
            throw new InvalidOperationException("Seeding is expected not to count as requests.");
        }
    }

    /// <summary>Every row of <paramref name="table"/>, all columns (a test may read everything; plugins never do). Counted as RetrieveMultiple.</summary>
    public IReadOnlyList<Entity> Rows(string table)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(true), PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 } };
        var rows = new List<Entity>();
        while (true)
        {
            var page = Local.RetrieveMultiple(query);
            rows.AddRange(page.Entities);
            if (!page.MoreRecords)
            {
                return rows;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }

    public Guid Create(Entity entity) => Local.Create(entity);

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => Local.Retrieve(entityName, id, columnSet);

    public void Update(Entity entity) => Local.Update(entity);

    public void Delete(string entityName, Guid id) => Local.Delete(entityName, id);

    public OrganizationResponse Execute(OrganizationRequest request) => Local.Execute(request);

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => Local.Associate(entityName, entityId, relationship, relatedEntities);

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => Local.Disassociate(entityName, entityId, relationship, relatedEntities);

    public EntityCollection RetrieveMultiple(QueryBase query) => Local.RetrieveMultiple(query);

    /// <summary>The folder holding CrmJourneyPlugins.sln, found upwards from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (folder.GetFiles("CrmJourneyPlugins.sln").Length > 0)
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The sweep tests read the shipped schema from solution-package/src, but no folder above " + AppContext.BaseDirectory + " holds CrmJourneyPlugins.sln.");
    }
}
