using System;
using System.Collections.Generic;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// A table as the folder describes it: the columns its Entity.xml (and any Attributes/*.xml beside it)
/// lists. The description is <see cref="IsComplete"/> when it lists the table's primary key: a custom
/// table exported with its subcomponents lists every column it has, so the folder is then the authority
/// on its columns; a standard table the solution extends lists only the columns the solution adds.
/// </summary>
internal sealed class TableDefinition
{
    private readonly HashSet<string> _declared = new(StringComparer.OrdinalIgnoreCase);
    private IReadOnlySet<string> _implicit = new HashSet<string>();

    public TableDefinition(string name, string folder)
    {
        Name = name;
        Folder = folder;
    }

    /// <summary>The logical name, lower case.</summary>
    public string Name { get; }

    /// <summary>The table's folder, e.g. <c>Entities/Account</c>.</summary>
    public string Folder { get; }

    /// <summary>Whether the folder lists every column of the table.</summary>
    public bool IsComplete { get; private set; }

    public void Declare(IEnumerable<string> columns) => _declared.UnionWith(columns);

    public void Complete(bool organizationOwned, bool activity)
    {
        var primaryKey = Name + "id";
        IsComplete = _declared.Contains(primaryKey) || (activity && _declared.Contains("activityid"));
        _implicit = SystemColumns.Of(Name, organizationOwned, activity);
    }

    /// <summary>Whether the folder lists <paramref name="column"/> or the platform gives it to the table.</summary>
    public bool Has(string column) => _declared.Contains(column) || (IsComplete && _implicit.Contains(column));

    /// <summary>Whether the folder's files list <paramref name="column"/> themselves.</summary>
    public bool Declares(string column) => _declared.Contains(column);
}
