using System.Linq;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>
/// Deep copies of the SDK's mutable value classes. Dataverse serializes every request and response,
/// so a plug-in changing Target never changes the caller's Entity, and a caller changing a returned
/// entity never changes anything stored; LocalOrg copies where Dataverse would serialize.
/// </summary>
internal static class SdkCopy
{
    public static ParameterCollection Parameters(ParameterCollection source)
    {
        var copy = new ParameterCollection();
        foreach (var pair in source)
        {
            copy[pair.Key] = Value(pair.Value);
        }

        return copy;
    }

    public static object? Value(object? value) => value switch
    {
        Entity entity => Entity(entity),
        EntityReference reference => Reference(reference),
        EntityCollection collection => Collection(collection),
        EntityReferenceCollection references => new EntityReferenceCollection(references.Select(Reference).ToList()),
        Money money => new Money(money.Value),
        OptionSetValue option => new OptionSetValue(option.Value),
        OptionSetValueCollection options => new OptionSetValueCollection(options.Select(option => new OptionSetValue(option.Value)).ToList()),
        AliasedValue aliased => new AliasedValue(aliased.EntityLogicalName!, aliased.AttributeLogicalName!, Value(aliased.Value)!),
        _ => value,
    };

    public static Entity Entity(Entity source)
    {
        var copy = new Entity(source.LogicalName, source.Id) { RowVersion = source.RowVersion };
        foreach (var pair in source.Attributes)
        {
            copy.Attributes[pair.Key] = Value(pair.Value);
        }

        // Formatted values are output-only (Dataverse ignores them on input), so they are not carried.
        if (source.KeyAttributes.Count > 0)
        {
            foreach (var pair in source.KeyAttributes)
            {
                copy.KeyAttributes[pair.Key] = Value(pair.Value);
            }
        }

        // The rows a Create makes with the record (deep insert) travel with it, as the serializer carries them.
        if (source.RelatedEntities.Count > 0)
        {
            foreach (var pair in source.RelatedEntities)
            {
                copy.RelatedEntities[new Relationship { SchemaName = pair.Key.SchemaName, PrimaryEntityRole = pair.Key.PrimaryEntityRole }] = Collection(pair.Value);
            }
        }

        return copy;
    }

    public static EntityReference Reference(EntityReference source)
    {
        var copy = new EntityReference(source.LogicalName, source.Id) { Name = source.Name, RowVersion = source.RowVersion };
        foreach (var pair in source.KeyAttributes)
        {
            copy.KeyAttributes[pair.Key] = Value(pair.Value);
        }

        return copy;
    }

    public static EntityCollection Collection(EntityCollection source) =>
        new(source.Entities.Select(Entity).ToList())
        {
            EntityName = source.EntityName,
            MoreRecords = source.MoreRecords,
            PagingCookie = source.PagingCookie,
            TotalRecordCount = source.TotalRecordCount,
        };
}
