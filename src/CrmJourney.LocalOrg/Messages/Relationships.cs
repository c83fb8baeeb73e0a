using System;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>
/// Associate/Disassociate on a one-to-many relationship: set or clear the referencing row's lookup.
/// Target may be either side; a relationship the catalog does not declare (many-to-many included) is
/// not supported and faults naming it.
/// </summary>
internal static class Relationships
{
    public static void Apply(MessageExecution execution, bool associate)
    {
        var target = Parameters.Required<EntityReference>(execution.InputParameters, "Target");
        var relationship = Parameters.Required<Relationship>(execution.InputParameters, "Relationship");
        var related = Parameters.Required<EntityReferenceCollection>(execution.InputParameters, "RelatedEntities");
        var definition = execution.Store.Catalog.FindRelationship(relationship.SchemaName ?? string.Empty)
            ?? throw OrganizationFaults.NotSupported(
                $"the relationship '{relationship.SchemaName}' (only one-to-many relationships declared in the catalog can be associated; many-to-many is not modelled)");

        if (string.Equals(target.LogicalName, definition.ReferencedTable, StringComparison.Ordinal)
            && related.All(item => string.Equals(item.LogicalName, definition.ReferencingTable, StringComparison.Ordinal)))
        {
            foreach (var item in related)
            {
                SetLookup(execution, definition, References.Resolve(execution, item), target, associate);
            }

            return;
        }

        if (string.Equals(target.LogicalName, definition.ReferencingTable, StringComparison.Ordinal) && related.Count == 1
            && string.Equals(related[0].LogicalName, definition.ReferencedTable, StringComparison.Ordinal))
        {
            SetLookup(execution, definition, References.Resolve(execution, target), related[0], associate);
            return;
        }

        throw OrganizationFaults.InvalidArgument(
            $"The relationship '{definition.SchemaName}' links {definition.ReferencedTable} (one) to {definition.ReferencingTable} (many); the request's rows do not fit it.");
    }

    private static void SetLookup(MessageExecution execution, RelationshipDefinition definition, Guid referencingId, EntityReference referenced, bool associate)
    {
        if (!associate)
        {
            var current = execution.Rows.Retrieve(definition.ReferencingTable, referencingId, new Microsoft.Xrm.Sdk.Query.ColumnSet(definition.ReferencingColumn));
            if (current.GetAttributeValue<EntityReference>(definition.ReferencingColumn)?.Id != referenced.Id)
            {
                return;
            }
        }

        execution.Rows.Update(new Entity(definition.ReferencingTable, referencingId)
        {
            [definition.ReferencingColumn] = associate ? new EntityReference(referenced.LogicalName, referenced.Id) : null,
        });
    }
}
