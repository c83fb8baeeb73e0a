using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Metadata;

namespace CrmJourney.LocalOrg.Storage;

/// <summary>
/// The rows of one table: by id in O(1), with a secondary index on every lookup, choice, state and
/// status column and a unique index per alternate key. Writes replace whole rows (see
/// <see cref="StoredRow"/>) and record the previous row in the caller's <see cref="UndoLog"/>.
/// </summary>
/// <remarks>
/// Not thread-safe by itself: the organization serializes operations (one reentrant lock per top-level
/// request), so the store never sees two writers.
/// </remarks>
public sealed class TableStore
{
    private readonly Dictionary<Guid, StoredRow> _rows = new();
    private readonly Dictionary<string, int> _ordinals;
    private readonly ValueIndex?[] _indexByOrdinal;
    private readonly List<ValueIndex> _indexes = new();
    private readonly List<UniqueKeyIndex> _keys = new();

    internal TableStore(TableDefinition definition)
    {
        Definition = definition;
        Columns = definition.Columns.ToArray();
        _ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var ordinal = 0; ordinal < Columns.Count; ordinal++)
        {
            _ordinals[Columns[ordinal].LogicalName] = ordinal;
        }

        PrimaryIdOrdinal = _ordinals[definition.PrimaryIdColumn];
        _indexByOrdinal = new ValueIndex?[Columns.Count];
        for (var ordinal = 0; ordinal < Columns.Count; ordinal++)
        {
            if (IsIndexed(Columns[ordinal]))
            {
                var index = new ValueIndex(ordinal);
                _indexByOrdinal[ordinal] = index;
                _indexes.Add(index);
            }
        }

        foreach (var key in definition.AlternateKeys)
        {
            _keys.Add(new UniqueKeyIndex(key, key.Columns.Select(column => _ordinals[column]).ToArray()));
        }
    }

    /// <summary>The table's metadata.</summary>
    public TableDefinition Definition { get; }

    /// <summary>The table's logical name.</summary>
    public string LogicalName => Definition.LogicalName;

    /// <summary>The columns, in ordinal order.</summary>
    public IReadOnlyList<ColumnDefinition> Columns { get; }

    /// <summary>How many rows the table holds.</summary>
    public int Count => _rows.Count;

    /// <summary>Increases on every write; query caches compare it to know their result is still current.</summary>
    public long Version { get; private set; }

    internal int PrimaryIdOrdinal { get; }

    internal IEnumerable<StoredRow> Rows => _rows.Values;

    /// <summary>The ordinal of a column, or -1 when the table has no such column.</summary>
    public int OrdinalOf(string column) => _ordinals.TryGetValue(column, out var ordinal) ? ordinal : -1;

    /// <summary>True when the table holds a row with this id.</summary>
    public bool Contains(Guid id) => _rows.ContainsKey(id);

    internal bool TryGet(Guid id, out StoredRow row) => _rows.TryGetValue(id, out row!);

    internal ValueIndex? IndexOn(int ordinal) => ordinal >= 0 && ordinal < _indexByOrdinal.Length ? _indexByOrdinal[ordinal] : null;

    internal IReadOnlyList<UniqueKeyIndex> Keys => _keys;

    internal void Insert(StoredRow row, UndoLog? undo)
    {
        if (_rows.ContainsKey(row.Id))
        {
            throw OrganizationFaults.Create(ErrorCodes.DuplicateRecord, $"Cannot insert duplicate key: a {LogicalName} with id {row.Id:D} already exists.");
        }

        var keyTexts = CheckKeys(row);
        undo?.Record(this, row.Id, null);
        Attach(row, keyTexts);
    }

    internal void Replace(StoredRow row, UndoLog? undo)
    {
        if (!_rows.TryGetValue(row.Id, out var previous))
        {
            throw OrganizationFaults.RowNotFound(LogicalName, row.Id);
        }

        var keyTexts = CheckKeys(row);
        undo?.Record(this, row.Id, previous);
        Detach(previous);
        Attach(row, keyTexts);
    }

    internal void Delete(Guid id, UndoLog? undo)
    {
        if (!_rows.TryGetValue(id, out var previous))
        {
            throw OrganizationFaults.RowNotFound(LogicalName, id);
        }

        undo?.Record(this, id, previous);
        Detach(previous);
    }

    /// <summary>Puts a row back as it was (or removes it), bypassing checks: only the undo log calls this.</summary>
    internal void Restore(Guid id, StoredRow? before)
    {
        if (_rows.TryGetValue(id, out var current))
        {
            Detach(current);
        }

        if (before != null)
        {
            Attach(before, null);
        }
    }

    internal Guid? FindByKey(UniqueKeyIndex key, object?[] values)
    {
        var text = key.KeyOf(values);
        return text != null && key.TryFind(text, out var id) ? id : null;
    }

    /// <summary>Refuses a row whose alternate-key values another row holds; returns the key texts (by key) for attaching it.</summary>
    private string?[] CheckKeys(StoredRow row)
    {
        var texts = _keys.Count == 0 ? Array.Empty<string?>() : new string?[_keys.Count];
        for (var index = 0; index < _keys.Count; index++)
        {
            var key = _keys[index];
            var text = key.KeyOf(row.Values);
            texts[index] = text;
            if (text != null && key.TryFind(text, out var holder) && holder != row.Id)
            {
                var columns = string.Join(", ", key.Key.Columns);
                throw OrganizationFaults.Create(
                    ErrorCodes.DuplicateRecordEntityKey,
                    $"A record that has the attribute values {columns} already exists. The entity key {key.Key.Name} requires that this set of attributes contains unique values. Select unique values and try again.");
            }
        }

        return texts;
    }

    /// <summary>Adds the row and its index entries; <paramref name="keyTexts"/> are its key texts when already computed.</summary>
    private void Attach(StoredRow row, string?[]? keyTexts)
    {
        _rows[row.Id] = row;
        foreach (var index in _indexes)
        {
            index.Add(row.Values[index.Ordinal], row.Id);
        }

        for (var index = 0; index < _keys.Count; index++)
        {
            var text = keyTexts != null ? keyTexts[index] : _keys[index].KeyOf(row.Values);
            if (text != null)
            {
                _keys[index].Add(text, row.Id);
            }
        }

        Version++;
    }

    private void Detach(StoredRow row)
    {
        _rows.Remove(row.Id);
        foreach (var index in _indexes)
        {
            index.Remove(row.Values[index.Ordinal], row.Id);
        }

        foreach (var key in _keys)
        {
            key.Remove(key.KeyOf(row.Values), row.Id);
        }

        Version++;
    }

    /// <summary>
    /// Lookups, choices, state and status reason are indexed; createdby and modifiedby are not (every row
    /// of a bulk load carries the same user, and the product never filters on them), which saves two
    /// table-sized sets per table.
    /// </summary>
    private static bool IsIndexed(ColumnDefinition column) =>
        column.Type is ColumnType.Lookup or ColumnType.Choice or ColumnType.State or ColumnType.Status
        && column.LogicalName is not (SystemColumns.CreatedBy or SystemColumns.ModifiedBy);
}
