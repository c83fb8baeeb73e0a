using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.LocalOrg.Metadata;

/// <summary>
/// An alternate key: a named set of columns whose combined values are unique in the table. Rows whose
/// key columns are all null are not constrained, as in Dataverse (the unique index ignores them).
/// </summary>
public sealed class AlternateKeyDefinition
{
    /// <summary>Creates a key over one or more columns.</summary>
    public AlternateKeyDefinition(string name, params string[] columns)
    {
        if (columns.Length == 0)
        {
            throw new ArgumentException($"The alternate key '{name}' needs at least one column.", nameof(columns));
        }

        Name = name;
        Columns = columns.ToArray();
    }

    /// <summary>The key's logical name (e.g. <c>cjp_servicelinecode</c>).</summary>
    public string Name { get; }

    /// <summary>The key's columns, in declaration order.</summary>
    public IReadOnlyList<string> Columns { get; }
}
