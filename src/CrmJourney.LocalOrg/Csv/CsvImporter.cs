using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Storage;

namespace CrmJourney.LocalOrg.Csv;

/// <summary>
/// Loads a CSV folder (one <c>&lt;logicalname&gt;.csv</c> per table) straight into storage, the way a
/// Dataverse data import runs with plug-ins off: no message pipeline, no plug-ins, no audit stamps.
/// </summary>
/// <remarks>
/// All or nothing: every file is read and every value, id, lookup and alternate key is checked before
/// the first row is stored, and the rows are then inserted under an <see cref="UndoLog"/> so even an
/// unexpected failure leaves the store as it was. Rows may point to rows of other files in any order
/// (a lookup is checked against the ids of the whole import and of the store). Work is linear in the
/// number of rows: each check is a hash lookup.
/// </remarks>
public static class CsvImporter
{
    /// <summary>How many problems a result lists; the rest are counted.</summary>
    public const int MaxReportedProblems = 200;

    /// <summary>Imports every <c>*.csv</c> file of a folder (other files are ignored).</summary>
    public static CsvImportResult ImportFolder(DataStore store, string folder)
    {
        var files = Directory.GetFiles(folder, "*" + CsvFormat.FileExtension);
        Array.Sort(files, StringComparer.Ordinal);
        return Import(store, files.Select(CsvSource.FromFile));
    }

    /// <summary>Imports these sources as one all-or-nothing load.</summary>
    public static CsvImportResult Import(DataStore store, IEnumerable<CsvSource> sources) => Import(store, sources, applyStateDefaults: true);

    /// <summary>
    /// The import, with or without the statecode/statuscode defaults. An archive turns them off: it is a
    /// snapshot, and a row saved without a state must load without one.
    /// </summary>
    internal static CsvImportResult Import(DataStore store, IEnumerable<CsvSource> sources, bool applyStateDefaults)
    {
        var problems = new CsvProblemList();
        var loads = new Dictionary<string, CsvTableLoad>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var load = CsvTableReader.Read(store, source, applyStateDefaults, problems);
            if (load == null)
            {
                continue;
            }

            if (loads.TryGetValue(load.Table.LogicalName, out var other))
            {
                problems.Add(source.FileName, 1, 1, $"{other.File} already holds table {load.Table.LogicalName} — put its rows in one file");
                continue;
            }

            loads.Add(load.Table.LogicalName, load);
        }

        foreach (var load in loads.Values)
        {
            CheckLookups(store, loads, load, problems);
        }

        foreach (var load in loads.Values)
        {
            CheckKeys(load, problems);
        }

        if (problems.Count > 0)
        {
            return new CsvImportResult(problems.Sorted(), problems.Count, new Dictionary<string, int>());
        }

        Apply(store, loads.Values);
        return new CsvImportResult(
            Array.Empty<CsvProblem>(),
            0,
            loads.Values.ToDictionary(load => load.Table.LogicalName, load => load.Rows.Count, StringComparer.Ordinal));
    }

    private static void Apply(DataStore store, IEnumerable<CsvTableLoad> loads)
    {
        var undo = new UndoLog();
        try
        {
            foreach (var load in loads)
            {
                foreach (var row in load.Rows)
                {
                    load.Table.Insert(row, undo);
                    ActivityPointerMirror.Apply(store, load.Table, row.Id, row, undo);
                }
            }
        }
        catch
        {
            undo.Rollback();
            throw;
        }
    }

    private static void CheckLookups(DataStore store, Dictionary<string, CsvTableLoad> loads, CsvTableLoad load, CsvProblemList problems)
    {
        var columns = load.Table.Columns;
        for (var ordinal = 0; ordinal < columns.Count; ordinal++)
        {
            var position = load.FieldOfOrdinal[ordinal];
            var column = columns[ordinal];
            if (position == 0 || column.Type != ColumnType.Lookup)
            {
                continue;
            }

            for (var row = 0; row < load.Rows.Count; row++)
            {
                if (load.Rows[row][ordinal] is not StoredReference reference)
                {
                    continue;
                }

                var problem = reference.LogicalName == CsvValueReader.UnresolvedTable
                    ? Resolve(store, loads, column, load.Rows[row], ordinal, reference.Id)
                    : Exists(store, loads, reference.LogicalName, reference.Id)
                        ? null
                        : Missing(store, column, reference.LogicalName, reference.Id);
                if (problem != null)
                {
                    problems.Add(load.File, load.Lines[row], position, problem);
                }
            }
        }
    }

    /// <summary>Finds which target table holds a bare Guid of a polymorphic lookup, and stores the reference with it.</summary>
    private static string? Resolve(DataStore store, Dictionary<string, CsvTableLoad> loads, ColumnDefinition column, StoredRow row, int ordinal, Guid id)
    {
        var holders = column.Targets.Where(target => Exists(store, loads, target, id)).ToArray();
        if (holders.Length == 1)
        {
            row.Values[ordinal] = new StoredReference(holders[0], id);
            return null;
        }

        return holders.Length == 0
            ? $"{column.LogicalName} points to {id:D}, which is in none of {string.Join(", ", column.Targets.Select(CsvFormat.FileName))}"
            : $"{column.LogicalName} points to {id:D}, which both {string.Join(" and ", holders)} have — write {holders[0]}:{id:D} to say which";
    }

    private static string Missing(DataStore store, ColumnDefinition column, string table, Guid id)
    {
        var inStore = store.FindTable(table)?.Count > 0 ? " nor in the organization" : string.Empty;
        return $"{column.LogicalName} points to {table} {id:D} which is not in {CsvFormat.FileName(table)}{inStore}";
    }

    private static bool Exists(DataStore store, Dictionary<string, CsvTableLoad> loads, string table, Guid id) =>
        (loads.TryGetValue(table, out var load) && load.Ids.ContainsKey(id)) || store.FindTable(table)?.Contains(id) == true;

    private static void CheckKeys(CsvTableLoad load, CsvProblemList problems)
    {
        foreach (var key in load.Table.Keys)
        {
            var position = key.Ordinals.Select(ordinal => load.FieldOfOrdinal[ordinal]).FirstOrDefault(field => field > 0);
            if (position == 0)
            {
                continue;
            }

            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var row = 0; row < load.Rows.Count; row++)
            {
                var values = load.Rows[row].Values;
                var text = key.KeyOf(values);
                if (text == null)
                {
                    continue;
                }

                if (seen.TryGetValue(text, out var earlier))
                {
                    problems.Add(load.File, load.Lines[row], position, $"alternate key {key.Key.Name}: {Describe(load.Table, key, values)} is already used on line {earlier} — key values must be unique");
                }
                else if (load.Table.FindByKey(key, values) is Guid holder)
                {
                    problems.Add(load.File, load.Lines[row], position, $"alternate key {key.Key.Name}: {Describe(load.Table, key, values)} is already used by {load.Table.LogicalName} {holder:D} in the organization");
                }
                else
                {
                    seen.Add(text, load.Lines[row]);
                }
            }
        }
    }

    private static string Describe(TableStore table, UniqueKeyIndex key, object?[] values) =>
        string.Join(", ", key.Ordinals.Select(ordinal => $"{table.Columns[ordinal].LogicalName} '{CsvValueWriter.Format(table.Columns[ordinal], values[ordinal])}'"));
}
