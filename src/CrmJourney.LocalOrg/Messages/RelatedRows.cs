using CrmJourney.LocalOrg.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>One entry of a Create's RelatedEntities, resolved against the catalog (<see cref="DeepInsert"/>).</summary>
/// <param name="Relationship">The one-to-many relationship the rows are created through.</param>
/// <param name="Rows">The rows to create.</param>
/// <param name="RecordIsReferenced">
/// True when the new record is the relationship's "one" side (the rows hold the lookup and are created
/// after it); false when the record holds the lookup and its single row is created first.
/// </param>
internal sealed record RelatedRows(RelationshipDefinition Relationship, EntityCollection Rows, bool RecordIsReferenced);
