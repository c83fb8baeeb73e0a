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
/// rows, as Dataverse does. The record is inserted first (the related rows need its id), then each
/// related row goes through its own Create pipeline (its plug-in steps run; its own RelatedEntities
/// nest) with the relationship's lookup set to the record. Everything shares the Create's transaction,
/// so a related row that fails (a duplicate alternate key, a refusing plug-in) undoes the record and
/// every row before it, and the caller is charged one request. Only the one-to-many direction is
/// modelled: the record is the relationship's "one" side and the related rows hold the lookup.
/// </summary>
internal static class DeepInsert
{
    /// <summary>
    /// The relationships and rows to create with <paramref name="target"/>, checked before anything is
    /// written; a relationship the catalog lacks, or one that does not fit the rows, faults naming it.
    /// </summary>
    public static IReadOnlyList<(RelationshipDefinition Relationship, EntityCollection Rows)> Plan(Entity target, MetadataCatalog catalog)
    {
        if (target.RelatedEntities.Count == 0)
        {
            return Array.Empty<(RelationshipDefinition, EntityCollection)>();
        }

        var plan = new List<(RelationshipDefinition, EntityCollection)>();
        foreach (var pair in target.RelatedEntities)
        {
            var definition = Definition(pair.Key, target.LogicalName, catalog);
            var stranger = pair.Value.Entities.FirstOrDefault(row => !string.Equals(row.LogicalName, definition.ReferencingTable, StringComparison.Ordinal));
            if (stranger != null)
            {
                throw OrganizationFaults.InvalidArgument(
                    $"The relationship '{definition.SchemaName}' relates {definition.ReferencingTable} rows to a {definition.ReferencedTable}, so a '{stranger.LogicalName}' row cannot be created through it; put only {definition.ReferencingTable} rows in its collection.");
            }

            plan.Add((definition, pair.Value));
        }

        return plan;
    }

    /// <summary>Creates the planned rows, each through its own Create pipeline, linked to the record <paramref name="id"/>.</summary>
    public static void CreateRelated(MessageExecution execution, string table, Guid id, IReadOnlyList<(RelationshipDefinition Relationship, EntityCollection Rows)> plan)
    {
        foreach (var (relationship, rows) in plan)
        {
            foreach (var row in rows.Entities)
            {
                // The pipeline's Target is already a copy of the caller's rows, so setting the lookup here changes nothing the caller holds.
                row[relationship.ReferencingColumn] = new EntityReference(table, id);
                execution.ExecuteChild(new CreateRequest { Target = row }, count: false);
            }
        }
    }

    private static RelationshipDefinition Definition(Relationship relationship, string table, MetadataCatalog catalog)
    {
        if (string.IsNullOrWhiteSpace(relationship.SchemaName))
        {
            throw OrganizationFaults.InvalidArgument("A relationship in RelatedEntities has no SchemaName; name the relationship the related rows are created through.");
        }

        var definition = catalog.FindRelationship(relationship.SchemaName!)
            ?? throw OrganizationFaults.NotSupported(
                $"creating related rows through the relationship '{relationship.SchemaName}' (only one-to-many relationships declared in the catalog can carry RelatedEntities; many-to-many is not modelled)");
        var isOneSide = string.Equals(table, definition.ReferencedTable, StringComparison.Ordinal);
        var isManySide = string.Equals(table, definition.ReferencingTable, StringComparison.Ordinal);
        if (isOneSide && isManySide && relationship.PrimaryEntityRole != EntityRole.Referenced)
        {
            throw OrganizationFaults.InvalidArgument(
                $"The relationship '{definition.SchemaName}' relates {table} to itself; set its PrimaryEntityRole to Referenced to create the related rows under the new {table}.");
        }

        if (isOneSide)
        {
            return definition;
        }

        if (isManySide)
        {
            throw OrganizationFaults.NotSupported(
                $"creating the {definition.ReferencedTable} a new {table} refers to through '{definition.SchemaName}' (deep insert runs from the one side: create the {definition.ReferencedTable} with the {table} in its RelatedEntities)");
        }

        throw OrganizationFaults.InvalidArgument(
            $"The relationship '{definition.SchemaName}' links {definition.ReferencedTable} to {definition.ReferencingTable}, not {table}; name a relationship of the {table} table in RelatedEntities.");
    }
}
