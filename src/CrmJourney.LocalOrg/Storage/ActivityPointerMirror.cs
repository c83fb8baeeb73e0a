using System;
using CrmJourney.LocalOrg.Metadata;

namespace CrmJourney.LocalOrg.Storage;

/// <summary>
/// Keeps activitypointer in step with the typed activity tables, as Dataverse does: every write of an
/// email, phone call, appointment, task, letter or opportunity close writes the same row (same id, the
/// columns activitypointer has, activitytypecode naming the type) to activitypointer in the same undo
/// log, so a rolled-back operation leaves neither. Does nothing when the organization has no
/// activitypointer table.
/// </summary>
internal static class ActivityPointerMirror
{
    /// <summary>Writes (or, with <paramref name="row"/> null, removes) the pointer of a typed activity row.</summary>
    public static void Apply(DataStore store, TableStore table, Guid id, StoredRow? row, UndoLog undo)
    {
        if (!IsTypedActivity(table) || store.FindTable(StandardTableNames.ActivityPointer) is not { } pointers)
        {
            return;
        }

        if (row == null)
        {
            if (pointers.Contains(id))
            {
                pointers.Delete(id, undo);
            }

            return;
        }

        // The stored values are immutable once stored, so the pointer shares them instead of copying them.
        var values = new object?[pointers.Columns.Count];
        for (var ordinal = 0; ordinal < values.Length; ordinal++)
        {
            var source = table.OrdinalOf(pointers.Columns[ordinal].LogicalName);
            values[ordinal] = source >= 0 ? row.Values[source] : null;
        }

        var pointer = new StoredRow(id, values);
        if (pointers.Contains(id))
        {
            pointers.Replace(pointer, undo);
        }
        else
        {
            pointers.Insert(pointer, undo);
        }
    }

    /// <summary>
    /// True for activitypointer itself: derived rows, so exports leave it out and an import rebuilds it
    /// from the typed activity rows (exporting it would make the import write each pointer twice).
    /// </summary>
    public static bool IsMirror(TableStore table) => table.LogicalName == StandardTableNames.ActivityPointer;

    private static bool IsTypedActivity(TableStore table) =>
        table.LogicalName != StandardTableNames.ActivityPointer && table.OrdinalOf("activitytypecode") >= 0;
}
