using System;

namespace CrmJourney.LocalOrg.Storage;

/// <summary>
/// A lookup value as stored: immutable, unlike the SDK's EntityReference, so a stored row can be shared
/// by the undo log and query results without anyone mutating it. Converted back to a fresh
/// EntityReference on every read.
/// </summary>
/// <param name="LogicalName">The referenced table.</param>
/// <param name="Id">The referenced row's id.</param>
public sealed record StoredReference(string LogicalName, Guid Id);
