using System;
using System.Globalization;
using System.Linq;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Storage;

namespace CrmJourney.LocalOrg.Csv;

/// <summary>
/// Reads one table's file: the header (any order, any subset of columns, the id column required),
/// then each row into its stored form, reporting every problem a single file can show on its own.
/// Lookups and alternate keys need the other files and are checked afterwards by the importer.
/// </summary>
internal static class CsvTableReader
{
    private const int HeaderLine = 1;
    private const int FirstColumn = 1;

    /// <summary>The file's rows, or null when the header is unusable (problems say why).</summary>
    public static CsvTableLoad? Read(DataStore store, CsvSource source, bool applyStateDefaults, CsvProblemList problems)
    {
        var file = source.FileName;
        var tableName = file.EndsWith(CsvFormat.FileExtension, StringComparison.Ordinal) ? file[..^CsvFormat.FileExtension.Length] : file;
        var table = store.FindTable(tableName);
        if (table == null)
        {
            var lower = tableName.ToLowerInvariant();
            var hint = lower != tableName && store.FindTable(lower) != null
                ? $"file names are logical names in lower case: {CsvFormat.FileName(lower)}"
                : "name each file after a table's logical name, e.g. account.csv";
            problems.Add(file, HeaderLine, FirstColumn, $"unknown table '{tableName}' — {hint}");
            return null;
        }

        using var text = source.Open();
        var reader = new CsvRecordReader(text);
        CsvTableLoad? load = null;
        if (!reader.Read())
        {
            if (reader.Error == null)
            {
                problems.Add(file, HeaderLine, FirstColumn, $"the file is empty — its first line names the columns, starting with {table.Definition.PrimaryIdColumn}");
            }
        }
        else
        {
            load = ReadHeader(reader, file, table, problems);
            if (load != null)
            {
                ReadRows(reader, load, applyStateDefaults, problems);
            }
        }

        if (reader.Error is { } error)
        {
            problems.Add(file, error.Line, error.Column, error.Message);
        }

        return load;
    }

    private static CsvTableLoad? ReadHeader(CsvRecordReader reader, string file, TableStore table, CsvProblemList problems)
    {
        var fieldOfOrdinal = new int[table.Columns.Count];
        var usable = true;
        for (var field = 0; field < reader.FieldCount; field++)
        {
            var name = reader[field].ToString();
            var ordinal = table.OrdinalOf(name);
            var position = field + 1;
            if (name.Length == 0)
            {
                problems.Add(file, HeaderLine, position, "empty column name — name every column, or remove the extra comma");
                usable = false;
            }
            else if (ordinal < 0)
            {
                var lower = name.ToLowerInvariant();
                var hint = lower != name && table.OrdinalOf(lower) >= 0 ? $" (logical names are lower case: {lower})" : string.Empty;
                problems.Add(file, HeaderLine, position, $"unknown column '{name}' — {table.LogicalName} has no such column{hint}");
                usable = false;
            }
            else if (fieldOfOrdinal[ordinal] > 0)
            {
                problems.Add(file, HeaderLine, position, $"column '{name}' appears twice (also column {fieldOfOrdinal[ordinal]}) — keep one");
                usable = false;
            }
            else
            {
                fieldOfOrdinal[ordinal] = position;
            }
        }

        if (fieldOfOrdinal[table.PrimaryIdOrdinal] == 0)
        {
            problems.Add(file, HeaderLine, FirstColumn, $"no {table.Definition.PrimaryIdColumn} column — every row needs its id, which lookups in other files point to");
            usable = false;
        }

        // A header that does not map cleanly makes every row's problems guesses: report the header alone.
        return usable ? new CsvTableLoad(file, table, fieldOfOrdinal) : null;
    }

    private static void ReadRows(CsvRecordReader reader, CsvTableLoad load, bool applyStateDefaults, CsvProblemList problems)
    {
        var table = load.Table;
        var columns = table.Columns;
        var headerCount = load.FieldOfOrdinal.Count(position => position > 0);
        var states = new StateRules(table, applyStateDefaults);
        while (reader.Read())
        {
            if (reader.FieldCount != headerCount)
            {
                problems.Add(
                    load.File,
                    reader.RecordLine,
                    Math.Min(reader.FieldCount, headerCount) + 1,
                    $"the row has {reader.FieldCount} fields but the header has {headerCount} — quote fields that contain commas");
                continue;
            }

            var values = new object?[columns.Count];
            var valid = true;
            for (var ordinal = 0; ordinal < columns.Count; ordinal++)
            {
                var position = load.FieldOfOrdinal[ordinal];
                if (position == 0)
                {
                    continue;
                }

                var field = position - 1;
                var problem = CsvValueReader.TryParse(columns[ordinal], table.LogicalName, reader[field], reader.IsQuoted(field), out var value);
                if (problem != null)
                {
                    problems.Add(load.File, reader.LineOf(field), position, problem);
                    valid = false;
                }

                values[ordinal] = value;
            }

            valid &= CheckId(reader, load, values, problems);
            valid &= states.Apply(reader, load, values, problems);
            if (valid)
            {
                var id = (Guid)values[table.PrimaryIdOrdinal]!;
                load.Ids[id] = reader.RecordLine;
                load.Rows.Add(new StoredRow(id, values));
                load.Lines.Add(reader.RecordLine);
            }
        }
    }

    private static bool CheckId(CsvRecordReader reader, CsvTableLoad load, object?[] values, CsvProblemList problems)
    {
        var position = load.FieldOfOrdinal[load.Table.PrimaryIdOrdinal];
        var line = reader.LineOf(position - 1);
        if (values[load.Table.PrimaryIdOrdinal] is not Guid id)
        {
            if (reader[position - 1].IsEmpty)
            {
                problems.Add(load.File, line, position, $"no {load.Table.Definition.PrimaryIdColumn} — give every row an id (any new Guid)");
            }

            return false;
        }

        if (load.Ids.TryGetValue(id, out var earlier))
        {
            problems.Add(load.File, line, position, $"duplicate id {id:D} — line {earlier.ToString(CultureInfo.InvariantCulture)} already has it");
            return false;
        }

        if (load.Table.Contains(id))
        {
            problems.Add(load.File, line, position, $"{load.Table.LogicalName} {id:D} already exists in the organization — an import adds rows, it does not update them");
            return false;
        }

        return true;
    }

    /// <summary>
    /// statecode and statuscode as Create sets them: an empty state follows the status reason (or is the
    /// first state), an empty status reason is the state's default, and a reason must belong to its state.
    /// </summary>
    private sealed class StateRules
    {
        private readonly TableDefinition _definition;
        private readonly int _stateOrdinal;
        private readonly int _statusOrdinal;
        private readonly bool _applyDefaults;

        public StateRules(TableStore table, bool applyDefaults)
        {
            _definition = table.Definition;
            _applyDefaults = applyDefaults;
            _stateOrdinal = table.OrdinalOf(SystemColumns.StateCode);
            _statusOrdinal = table.OrdinalOf(SystemColumns.StatusCode);
        }

        public bool Apply(CsvRecordReader reader, CsvTableLoad load, object?[] values, CsvProblemList problems)
        {
            if (_definition.States.Count == 0 || _stateOrdinal < 0 || _statusOrdinal < 0)
            {
                return true;
            }

            var status = values[_statusOrdinal] as int?;
            if (!_applyDefaults && (status == null || values[_stateOrdinal] == null))
            {
                return true;
            }

            var state = values[_stateOrdinal] as int? ?? (status is int reason ? _definition.States.FirstOrDefault(item => item.StatusReasons.Contains(reason))?.Value : null)
                ?? _definition.States[0].Value;
            var definition = _definition.FindState(state)!;
            if (status is int given && !definition.StatusReasons.Contains(given))
            {
                var position = load.FieldOfOrdinal[_statusOrdinal];
                problems.Add(
                    load.File,
                    reader.LineOf(position - 1),
                    position,
                    $"status reason {given.ToString(CultureInfo.InvariantCulture)} does not belong to state {definition.Name} ({state.ToString(CultureInfo.InvariantCulture)}) — use {string.Join(" or ", definition.StatusReasons.Select(item => item.ToString(CultureInfo.InvariantCulture)))}");
                return false;
            }

            values[_stateOrdinal] = state;
            values[_statusOrdinal] = status ?? definition.DefaultStatusReason;
            return true;
        }
    }
}
