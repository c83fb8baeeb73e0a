namespace CrmJourney.LocalOrg.Metadata;

/// <summary>
/// A one-to-many relationship: the referencing table holds a lookup column to the referenced table.
/// Associate and Disassociate use it to set or clear that lookup; a Create's RelatedEntities create rows through it.
/// </summary>
/// <param name="SchemaName">The relationship's schema name, as AssociateRequest.Relationship names it.</param>
/// <param name="ReferencedTable">The "one" side (e.g. account).</param>
/// <param name="ReferencingTable">The "many" side, which holds the lookup (e.g. contact).</param>
/// <param name="ReferencingColumn">The lookup column on the referencing table (e.g. parentcustomerid).</param>
public sealed record RelationshipDefinition(string SchemaName, string ReferencedTable, string ReferencingTable, string ReferencingColumn);
