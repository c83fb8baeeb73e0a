using System;
using System.Collections.Generic;

namespace CrmJourney.LocalOrg.Storage;

/// <summary>
/// The writes of one transaction, oldest first, each with the row as it was before. Rolling back
/// restores those rows newest first, which undoes nested writes made by plug-ins as well as the outer
/// operation's own: Dataverse rolls back the whole operation when any synchronous step fails.
/// </summary>
public sealed class UndoLog
{
    private readonly List<(TableStore Table, Guid Id, StoredRow? Before)> _entries = new();

    /// <summary>How many writes the transaction has made so far.</summary>
    public int Count => _entries.Count;

    /// <summary>Undoes the writes made after <paramref name="count"/> writes (a savepoint), newest first.</summary>
    public void RollbackTo(int count)
    {
        for (var index = _entries.Count - 1; index >= count; index--)
        {
            var (table, id, before) = _entries[index];
            table.Restore(id, before);
            _entries.RemoveAt(index);
        }
    }

    internal void Record(TableStore table, Guid id, StoredRow? before) => _entries.Add((table, id, before));

    /// <summary>Restores every row written since the transaction began, newest first.</summary>
    public void Rollback()
    {
        for (var index = _entries.Count - 1; index >= 0; index--)
        {
            var (table, id, before) = _entries[index];
            table.Restore(id, before);
        }

        _entries.Clear();
    }
}
