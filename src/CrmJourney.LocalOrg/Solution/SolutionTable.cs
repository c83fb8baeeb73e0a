using System.Collections.Generic;
using CrmJourney.LocalOrg.Metadata;

namespace CrmJourney.LocalOrg.Solution;

/// <summary>
/// One Entity.xml as read: the definition, the file it came from, and every attribute name the file
/// declares (including the platform columns LocalOrg does not model), so relationships and keys that
/// name a column the file lacks can be reported against the right file.
/// </summary>
internal sealed record SolutionTable(TableDefinition Definition, string File, IReadOnlySet<string> DeclaredAttributes);
