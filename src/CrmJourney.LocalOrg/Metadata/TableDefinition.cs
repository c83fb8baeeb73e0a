using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.LocalOrg.Metadata;

/// <summary>
/// A table's metadata: logical name, primary id and name columns, ownership, columns, states and
/// alternate keys. Immutable: every <c>With…</c> method returns a new definition, so a definition
/// declared once (a standard table in code) can be extended (the solution's extension columns) without
/// anyone seeing a half-built table.
/// </summary>
/// <remarks>
/// <see cref="Create"/> adds the columns the platform maintains (primary id, created/modified on and
/// by, and ownerid on user-owned tables). <see cref="Extension"/> declares only added columns of a
/// table defined elsewhere, the way a solution's Entity.xml for a standard table does; the catalog
/// merges it into the full definition.
/// </remarks>
public sealed class TableDefinition
{
    private readonly Dictionary<string, ColumnDefinition> _columns;
    private readonly List<ColumnDefinition> _columnOrder;

    private TableDefinition(
        string logicalName,
        string? primaryIdColumn,
        string? primaryNameColumn,
        TableOwnership ownership,
        bool isExtension,
        IEnumerable<ColumnDefinition> columns,
        IReadOnlyList<StateDefinition> states,
        IReadOnlyList<AlternateKeyDefinition> alternateKeys)
    {
        LogicalName = logicalName;
        PrimaryIdColumn = primaryIdColumn ?? string.Empty;
        PrimaryNameColumn = primaryNameColumn;
        Ownership = ownership;
        IsExtension = isExtension;
        States = states;
        AlternateKeys = alternateKeys;
        _columns = new Dictionary<string, ColumnDefinition>(StringComparer.Ordinal);
        _columnOrder = new List<ColumnDefinition>();
        foreach (var column in columns)
        {
            if (_columns.TryGetValue(column.LogicalName, out var existing))
            {
                _columnOrder[_columnOrder.IndexOf(existing)] = column;
            }
            else
            {
                _columnOrder.Add(column);
            }

            _columns[column.LogicalName] = column;
        }
    }

    /// <summary>The table's logical name (e.g. <c>account</c>).</summary>
    public string LogicalName { get; }

    /// <summary>The primary key column (e.g. <c>accountid</c>); empty on an extension.</summary>
    public string PrimaryIdColumn { get; }

    /// <summary>The primary name column (e.g. <c>name</c>, <c>fullname</c>, <c>subject</c>), if any.</summary>
    public string? PrimaryNameColumn { get; }

    /// <summary>Whether rows have an owner.</summary>
    public TableOwnership Ownership { get; }

    /// <summary>True when this definition only adds columns to a table defined elsewhere.</summary>
    public bool IsExtension { get; }

    /// <summary>The table's states with their status reasons; empty when the table has no statecode.</summary>
    public IReadOnlyList<StateDefinition> States { get; }

    /// <summary>The table's alternate keys.</summary>
    public IReadOnlyList<AlternateKeyDefinition> AlternateKeys { get; }

    /// <summary>Every column, in declaration order (system columns first).</summary>
    public IReadOnlyList<ColumnDefinition> Columns => _columnOrder;

    /// <summary>
    /// A full table definition with the platform's columns: the primary id, the primary name (as text,
    /// unless redeclared), created/modified on and by, and ownerid (user or team) when user-owned.
    /// </summary>
    public static TableDefinition Create(string logicalName, string primaryIdColumn, string? primaryNameColumn, TableOwnership ownership)
    {
        if (string.IsNullOrWhiteSpace(logicalName))
        {
            throw new ArgumentException("A table needs a logical name.", nameof(logicalName));
        }

        var columns = new List<ColumnDefinition>
        {
            ColumnDefinition.UniqueIdentifier(primaryIdColumn).AsSystem(),
            ColumnDefinition.DateTime(SystemColumns.CreatedOn).AsSystem(),
            ColumnDefinition.Lookup(SystemColumns.CreatedBy, StandardTableNames.SystemUser).AsSystem(),
            ColumnDefinition.DateTime(SystemColumns.ModifiedOn).AsSystem(),
            ColumnDefinition.Lookup(SystemColumns.ModifiedBy, StandardTableNames.SystemUser).AsSystem(),
        };
        if (ownership == TableOwnership.UserOrTeam)
        {
            columns.Add(ColumnDefinition.Lookup(SystemColumns.OwnerId, StandardTableNames.SystemUser, StandardTableNames.Team).AsSystem());
        }

        if (primaryNameColumn != null)
        {
            columns.Add(ColumnDefinition.String(primaryNameColumn));
        }

        return new TableDefinition(
            logicalName,
            primaryIdColumn,
            primaryNameColumn,
            ownership,
            isExtension: false,
            columns,
            Array.Empty<StateDefinition>(),
            Array.Empty<AlternateKeyDefinition>());
    }

    /// <summary>Columns (and keys) to add to a table defined elsewhere, as a solution's Entity.xml for a standard table carries them.</summary>
    public static TableDefinition Extension(string logicalName) =>
        new(
            logicalName,
            primaryIdColumn: null,
            primaryNameColumn: null,
            TableOwnership.UserOrTeam,
            isExtension: true,
            Array.Empty<ColumnDefinition>(),
            Array.Empty<StateDefinition>(),
            Array.Empty<AlternateKeyDefinition>());

    /// <summary>The column with this logical name, or null.</summary>
    public ColumnDefinition? FindColumn(string logicalName) =>
        _columns.TryGetValue(logicalName, out var column) ? column : null;

    /// <summary>The state with this statecode value, or null.</summary>
    public StateDefinition? FindState(int value) => States.FirstOrDefault(state => state.Value == value);

    /// <summary>A copy with these columns added (a column with an existing name replaces it in place).</summary>
    public TableDefinition WithColumns(params ColumnDefinition[] columns) =>
        new(LogicalName, NullIfEmpty(PrimaryIdColumn), PrimaryNameColumn, Ownership, IsExtension, _columnOrder.Concat(columns), States, AlternateKeys);

    /// <summary>A copy with these states and the statecode/statuscode columns they imply.</summary>
    public TableDefinition WithStates(params StateDefinition[] states)
    {
        var stateColumn = ColumnDefinition.State(states.Select(state => state.Value));
        var statusColumn = ColumnDefinition.Status(states.SelectMany(state => state.StatusReasons));
        return new TableDefinition(
            LogicalName,
            NullIfEmpty(PrimaryIdColumn),
            PrimaryNameColumn,
            Ownership,
            IsExtension,
            _columnOrder.Concat(new[] { stateColumn, statusColumn }),
            states.ToArray(),
            AlternateKeys);
    }

    /// <summary>A copy with this alternate key added.</summary>
    public TableDefinition WithAlternateKey(string name, params string[] columns) =>
        new(
            LogicalName,
            NullIfEmpty(PrimaryIdColumn),
            PrimaryNameColumn,
            Ownership,
            IsExtension,
            _columnOrder,
            States,
            AlternateKeys.Where(key => key.Name != name).Append(new AlternateKeyDefinition(name, columns)).ToArray());

    /// <summary>
    /// This definition with an extension's columns, states and keys merged in. The extension wins for a
    /// column declared in both (the solution's definition is the one that ships).
    /// </summary>
    public TableDefinition MergedWith(TableDefinition extension)
    {
        if (!string.Equals(extension.LogicalName, LogicalName, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Cannot merge table '{extension.LogicalName}' into table '{LogicalName}'.", nameof(extension));
        }

        var keys = AlternateKeys.Where(key => extension.AlternateKeys.All(other => other.Name != key.Name)).Concat(extension.AlternateKeys).ToArray();
        var baseIsExtension = IsExtension && extension.IsExtension;
        var full = IsExtension ? extension : this;
        var added = IsExtension ? this : extension;
        return new TableDefinition(
            LogicalName,
            NullIfEmpty(full.PrimaryIdColumn),
            full.PrimaryNameColumn,
            full.Ownership,
            baseIsExtension,
            full._columnOrder.Concat(added._columnOrder),
            added.States.Count > 0 ? added.States : full.States,
            keys);
    }

    /// <inheritdoc />
    public override string ToString() => LogicalName;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
