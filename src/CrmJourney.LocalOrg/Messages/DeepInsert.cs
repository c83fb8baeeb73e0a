using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>
/// Deep insert: a Create whose Target carries <see cref="Entity.RelatedEntities"/> also creates those
/// rows, as Dataverse does ("Create related table rows in one operation", whose example creates an
/// account with its primary contact through account_primary_contact and its tasks through
/// Account_Tasks). Both directions of a one-to-many relationship work: rows on the "many" side are
/// created after the record with their lookup set to it; the one row on the "one" side is created
/// before the record, whose lookup is then set to it. Each related row goes through its own Create
/// pipeline at the Create's depth (its plug-in steps run; its own RelatedEntities nest; Microsoft does
/// not document the depth these inner creates report, so LocalOrg keeps the caller's), everything shares the Create's
/// transaction — a related row that fails (a duplicate alternate key, a refusing plug-in) undoes the
/// record and every row before it — and the caller is charged one request.
/// </summary>
internal static class DeepInsert
{
    /// <summary>
    /// The rows to create with <paramref name="target"/>, checked before anything is written; a
    /// relationship the catalog lacks, or one that does not fit the rows, faults naming it.
    /// </summary>
    public static IReadOnlyList<RelatedRows> Plan(Entity target, MetadataCatalog catalog)
    {
        if (target.RelatedEntities.Count == 0)
        {
            return Array.Empty<RelatedRows>();
        }

        var plan = new List<RelatedRows>();
        foreach (var pair in target.RelatedEntities)
        {
            var related = Resolve(pair.Key, target.LogicalName, catalog, pair.Value);
            var expected = related.RecordIsReferenced ? related.Relationship.ReferencingTable : related.Relationship.ReferencedTable;
            var stranger = pair.Value.Entities.FirstOrDefault(row => !string.Equals(row.LogicalName, expected, StringComparison.Ordinal));
            if (stranger != null)
            {
                throw OrganizationFaults.InvalidArgument(
                    $"The relationship '{related.Relationship.SchemaName}' relates a {target.LogicalName} to {expected} rows, so a '{stranger.LogicalName}' row cannot be created through it; put only {expected} rows in its collection.");
            }

            if (!related.RecordIsReferenced && target.Contains(related.Relationship.ReferencingColumn))
            {
                throw OrganizationFaults.InvalidArgument(
                    $"The new {target.LogicalName} sets {related.Relationship.ReferencingColumn} and also creates its {expected} through '{related.Relationship.SchemaName}'; do one or the other.");
            }

            plan.Add(related);
        }

        return plan;
    }

    /// <summary>
    /// Creates the rows the record refers to (the "one" side), each through its own Create pipeline,
    /// and sets the record's lookups to them; runs before the record is inserted.
    /// </summary>
    public static void CreateReferenced(MessageExecution execution, Entity target, IReadOnlyList<RelatedRows> plan)
    {
        foreach (var related in plan.Where(r => !r.RecordIsReferenced))
        {
            var row = related.Rows.Entities[0];
            var id = ((CreateResponse)execution.ExecuteChild(new CreateRequest { Target = row }, count: false)).id;
            target[related.Relationship.ReferencingColumn] = new EntityReference(row.LogicalName, id);
        }
    }

    /// <summary>Creates the rows that refer to the new record <paramref name="id"/> (the "many" side), each through its own Create pipeline.</summary>
    public static void CreateReferencing(MessageExecution execution, string table, Guid id, IReadOnlyList<RelatedRows> plan)
    {
        foreach (var related in plan.Where(r => r.RecordIsReferenced))
        {
            foreach (var row in related.Rows.Entities)
            {
                // The pipeline's Target is already a copy of the caller's rows, so setting the lookup here changes nothing the caller holds.
                row[related.Relationship.ReferencingColumn] = new EntityReference(table, id);
                execution.ExecuteChild(new CreateRequest { Target = row }, count: false);
            }
        }
    }

    private static RelatedRows Resolve(Relationship relationship, string table, MetadataCatalog catalog, EntityCollection rows)
    {
        if (string.IsNullOrWhiteSpace(relationship.SchemaName))
        {
            throw OrganizationFaults.InvalidArgument("A relationship in RelatedEntities has no SchemaName; name the relationship the related rows are created through.");
        }

        var definition = catalog.FindRelationship(relationship.SchemaName!)
            ?? throw OrganizationFaults.NotSupported(
                $"creating related rows through the relationship '{relationship.SchemaName}' (only one-to-many relationships declared in the catalog can carry RelatedEntities; many-to-many is not modelled)");
        var isReferenced = string.Equals(table, definition.ReferencedTable, StringComparison.Ordinal);
        var isReferencing = string.Equals(table, definition.ReferencingTable, StringComparison.Ordinal);
        if (isReferenced && isReferencing && relationship.PrimaryEntityRole == null)
        {
            throw OrganizationFaults.InvalidArgument(
                $"The relationship '{definition.SchemaName}' relates {table} to itself; set its PrimaryEntityRole to Referenced to create rows under the new {table}, or to Referencing to create the {table} it belongs to.");
        }

        if (isReferenced && (!isReferencing || relationship.PrimaryEntityRole == EntityRole.Referenced))
        {
            return new RelatedRows(definition, rows, RecordIsReferenced: true);
        }

        if (isReferencing)
        {
            if (rows.Entities.Count != 1)
            {
                throw OrganizationFaults.InvalidArgument(
                    $"Through '{definition.SchemaName}' a {table} refers to one {definition.ReferencedTable} ({definition.ReferencingColumn}), so its collection must hold exactly one {definition.ReferencedTable} row, not {rows.Entities.Count}.");
            }

            return new RelatedRows(definition, rows, RecordIsReferenced: false);
        }

        throw OrganizationFaults.InvalidArgument(
            $"The relationship '{definition.SchemaName}' links {definition.ReferencedTable} to {definition.ReferencingTable}, not {table}; name a relationship of the {table} table in RelatedEntities.");
    }
}
