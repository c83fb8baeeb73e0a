using System;
using System.Collections.Generic;
using CrmJourney.LocalOrg.Storage;

namespace CrmJourney.LocalOrg.Csv;

/// <summary>
/// The rows read from one table's file, waiting for the cross-file checks (lookups, alternate keys)
/// before anything touches the store. Rows are already in their stored form, so loading keeps nothing
/// per row beyond the row itself and its line number.
/// </summary>
internal sealed class CsvTableLoad
{
    public CsvTableLoad(string file, TableStore table, int[] fieldOfOrdinal)
    {
        File = file;
        Table = table;
        FieldOfOrdinal = fieldOfOrdinal;
    }

    public string File { get; }

    public TableStore Table { get; }

    /// <summary>For each column ordinal, its 1-based position in the file's header; 0 when the file lacks the column.</summary>
    public int[] FieldOfOrdinal { get; }

    public List<StoredRow> Rows { get; } = new();

    /// <summary>The physical line of each row, parallel to <see cref="Rows"/>.</summary>
    public List<int> Lines { get; } = new();

    /// <summary>Every id in the file with the line holding it.</summary>
    public Dictionary<Guid, int> Ids { get; } = new();
}
