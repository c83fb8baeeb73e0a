using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using CrmJourney.LocalOrg.Csv;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Storage;

namespace CrmJourney.LocalOrg.Cmt;

/// <summary>
/// Loads a Configuration Migration package (data.zip, or a folder with data.xml and data_schema.xml) into
/// storage, generic over the store's metadata: every table and column the organization declares is
/// loaded, the rest is left out with a warning naming it. All or nothing, through the CSV importer's
/// checks (ids, status reasons, lengths, alternate keys) and its undo log.
/// </summary>
/// <remarks>
/// <para>What is left out with a warning: tables and columns the organization does not declare (and
/// field types it cannot hold: images, files, big integers), lookup values pointing to a table the
/// column cannot point to in this organization, lookup values pointing to records the export does not
/// hold (the field stays empty), many-to-many links (LocalOrg has no many-to-many relationships), the
/// activitypointer table (derived from the typed activity tables), and party lists when the organization
/// has no activityparty table.</para>
/// <para>Owners the export references but does not hold (systemuser and team rows are rarely exported)
/// are added as rows named from lookupentityname, so every record keeps its owner.</para>
/// <para>A malformed file — not XML, a record without a Guid id, a value that does not parse, a field type
/// no Configuration Migration file has, a lookup to a table its own schema does not allow — fails the
/// whole load with one sentence naming the file, record and field.</para>
/// </remarks>
public static class CmtImporter
{
    private const string OverriddenCreatedOn = "overriddencreatedon";

    /// <summary>Loads the package at <paramref name="path"/>, named <paramref name="shownAs"/> in sentences.</summary>
    public static CmtImportResult Import(DataStore store, string path, string shownAs)
    {
        ArgumentNullException.ThrowIfNull(store);
        var load = new Load(store, shownAs);
        try
        {
            var package = CmtPackage.Open(path, shownAs);
            load.ReadSchema(package.Schema);
            load.ReadData(package.Data);
            load.ResolveLookups();
            var result = CsvImporter.Import(store, load.Sources());
            if (!result.Succeeded)
            {
                throw new CmtMalformedException(load.Explain(result.Problems[0]));
            }

            return new CmtImportResult(null, load.Warnings(), result.RowsLoaded);
        }
        catch (CmtMalformedException malformed)
        {
            return new CmtImportResult(malformed.Message, load.Warnings(), new Dictionary<string, int>());
        }
    }

    /// <summary>One record on its way to the store: stored values by ordinal, and the names lookups carried.</summary>
    private sealed class PendingRow
    {
        public PendingRow(TableStore table, Guid id, string where)
        {
            Table = table;
            Id = id;
            Where = where;
            Values = new object?[table.Columns.Count];
            Values[table.PrimaryIdOrdinal] = id;
        }

        public TableStore Table { get; }

        public Guid Id { get; }

        /// <summary>How sentences name the record: "account record 1a00…".</summary>
        public string Where { get; }

        public object?[] Values { get; }

        public Dictionary<int, string> LookupNames { get; } = new();
    }

    /// <summary>A field as data_schema.xml declares it.</summary>
    private sealed record SchemaField(string Type, IReadOnlyList<string>? LookupTypes);

    /// <summary>The state of one load: what was read, what was left out, and how to name a place in the file.</summary>
    private sealed class Load
    {
        private static readonly string[] _owners = { StandardTableNames.SystemUser, StandardTableNames.Team };

        private readonly DataStore _store;
        private readonly string _shownAs;
        private readonly Dictionary<string, Dictionary<string, SchemaField>> _schema = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<PendingRow>> _rows = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<Guid>> _ids = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, int> _leftOut = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (List<int> Lines, List<PendingRow> Rows, List<int> Ordinals)> _csv = new(StringComparer.Ordinal);

        public Load(DataStore store, string shownAs)
        {
            _store = store;
            _shownAs = shownAs;
        }

        public void ReadSchema(XDocument? schema)
        {
            if (schema == null)
            {
                Tally($"no {CmtFormat.SchemaFile}, so values were read by cjp's own column types", count: 0);
                return;
            }

            foreach (var entity in schema.Root?.Elements(CmtFormat.Names.Entity) ?? Enumerable.Empty<XElement>())
            {
                var name = entity.Attribute(CmtFormat.Names.Name)?.Value;
                if (string.IsNullOrEmpty(name))
                {
                    throw new CmtMalformedException($"{_shownAs}: {CmtFormat.SchemaFile} has an <entity> without a name at line {Line(entity)}; name it after the table's logical name — nothing was loaded.");
                }

                var fields = new Dictionary<string, SchemaField>(StringComparer.Ordinal);
                foreach (var field in entity.Element(CmtFormat.Names.Fields)?.Elements(CmtFormat.Names.Field) ?? Enumerable.Empty<XElement>())
                {
                    var fieldName = field.Attribute(CmtFormat.Names.Name)?.Value ?? string.Empty;
                    var type = field.Attribute(CmtFormat.Names.Type)?.Value ?? string.Empty;
                    if (!CmtFieldTypes.IsKnown(type))
                    {
                        throw new CmtMalformedException($"{_shownAs}: {CmtFormat.SchemaFile}, table {name}, field {fieldName}: '{type}' is not a Configuration Migration field type (guid, string, number, decimal, float, money, bool, datetime, optionsetvalue, optionsetvaluecollection, state, status, entityreference, owner, customer, partylist…); export the schema again — nothing was loaded.");
                    }

                    var lookups = field.Attribute(CmtFormat.Names.LookupType)?.Value;
                    fields[fieldName] = new SchemaField(type, lookups?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }

                _schema[name] = fields;
            }
        }

        public void ReadData(XDocument data)
        {
            var root = data.Root;
            if (root?.Name.LocalName != CmtFormat.Names.Entities)
            {
                throw new CmtMalformedException($"{_shownAs}: {CmtFormat.DataFile} does not start with <entities>, so it is not a Configuration Migration data file; export it again with 'pac data export' — nothing was loaded.");
            }

            foreach (var entity in root.Elements(CmtFormat.Names.Entity))
            {
                ReadEntity(entity);
            }
        }

        /// <summary>Checks every lookup against the records read and the store; adds owners, empties the rest.</summary>
        public void ResolveLookups()
        {
            var stubs = new Dictionary<(string Table, Guid Id), PendingRow>();
            foreach (var row in _rows.Values.SelectMany(rows => rows).ToList())
            {
                for (var ordinal = 0; ordinal < row.Values.Length; ordinal++)
                {
                    if (row.Values[ordinal] is not StoredReference reference || Exists(reference.LogicalName, reference.Id))
                    {
                        continue;
                    }

                    var column = row.Table.Columns[ordinal];
                    if (_owners.Contains(reference.LogicalName) && _store.FindTable(reference.LogicalName) is { } owners)
                    {
                        if (!stubs.ContainsKey((reference.LogicalName, reference.Id)))
                        {
                            var stub = new PendingRow(owners, reference.Id, $"{reference.LogicalName} record {reference.Id:D}");
                            var nameOrdinal = owners.Definition.PrimaryNameColumn is { } nameColumn ? owners.OrdinalOf(nameColumn) : -1;
                            if (nameOrdinal >= 0 && row.LookupNames.TryGetValue(ordinal, out var name) && name.Length > 0)
                            {
                                stub.Values[nameOrdinal] = name;
                            }

                            stubs.Add((reference.LogicalName, reference.Id), stub);
                            Tally($"added {reference.LogicalName} records the export references but does not hold ({{n}}), named from lookupentityname");
                        }

                        continue;
                    }

                    row.Values[ordinal] = null;
                    Tally($"left {row.Table.LogicalName}.{column.LogicalName} empty where it points to {reference.LogicalName} records the export does not hold ({{n}} values)");
                }
            }

            foreach (var stub in stubs.Values)
            {
                Add(stub);
            }
        }

        /// <summary>Each table's records as CSV text, remembering which line holds which record.</summary>
        public IEnumerable<CsvSource> Sources()
        {
            foreach (var (table, rows) in _rows)
            {
                var tableStore = rows[0].Table;
                var ordinals = Enumerable.Range(0, tableStore.Columns.Count)
                    .Where(ordinal => ordinal == tableStore.PrimaryIdOrdinal || rows.Any(row => row.Values[ordinal] != null))
                    .OrderBy(ordinal => ordinal == tableStore.PrimaryIdOrdinal ? 0 : 1).ThenBy(ordinal => ordinal)
                    .ToList();
                var text = new StringWriter(CultureInfo.InvariantCulture);
                text.Write(string.Join(CsvFormat.FieldSeparator, ordinals.Select(ordinal => tableStore.Columns[ordinal].LogicalName)));
                text.Write('\n');
                var line = 2;
                var lines = new List<int>();
                foreach (var row in rows)
                {
                    lines.Add(line);
                    var fields = ordinals.Select(ordinal => CsvField(tableStore.Columns[ordinal], row.Values[ordinal])).ToList();
                    var record = string.Join(CsvFormat.FieldSeparator, fields);
                    text.Write(record);
                    text.Write('\n');
                    line += 1 + record.Count(character => character == '\n');
                }

                _csv[table] = (lines, rows, ordinals);
                yield return CsvSource.FromText(CsvFormat.FileName(table), text.ToString());
            }
        }

        /// <summary>A CSV-stage problem as the one sentence about the data.xml record and field it came from.</summary>
        public string Explain(CsvProblem problem)
        {
            var table = problem.File.EndsWith(CsvFormat.FileExtension, StringComparison.Ordinal) ? problem.File[..^CsvFormat.FileExtension.Length] : problem.File;
            if (!_csv.TryGetValue(table, out var csv))
            {
                return Sentence(CmtFormat.DataFile, $"table {table}", problem.Message);
            }

            var index = csv.Lines.BinarySearch(problem.Line);
            index = index >= 0 ? index : Math.Max(0, ~index - 1);
            var field = problem.Column >= 1 && problem.Column <= csv.Ordinals.Count ? csv.Rows[0].Table.Columns[csv.Ordinals[problem.Column - 1]].LogicalName : "?";
            return Sentence(CmtFormat.DataFile, $"{csv.Rows[index].Where}, field {field}", problem.Message);
        }

        public IReadOnlyList<string> Warnings() =>
            _leftOut.Select(pair => $"{_shownAs}: {pair.Key.Replace("{n}", pair.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)}.").ToList();

        private static string CsvField(ColumnDefinition column, object? value)
        {
            var writer = new StringWriter(CultureInfo.InvariantCulture);
            CsvValueWriter.WriteField(writer, CsvValueWriter.Format(column, value));
            return writer.ToString();
        }

        private static int Line(XObject node) => node is System.Xml.IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

        private void ReadEntity(XElement entity)
        {
            var name = entity.Attribute(CmtFormat.Names.Name)?.Value;
            if (string.IsNullOrEmpty(name))
            {
                throw new CmtMalformedException($"{_shownAs}: {CmtFormat.DataFile} has an <entity> without a name at line {Line(entity)}; name it after the table's logical name — nothing was loaded.");
            }

            foreach (var relationship in entity.Element(CmtFormat.Names.ManyToManyRelationships)?.Elements(CmtFormat.Names.ManyToManyRelationship) ?? Enumerable.Empty<XElement>())
            {
                var links = relationship.Element(CmtFormat.Names.TargetIds)?.Elements(CmtFormat.Names.TargetId).Count() ?? 0;
                Tally($"left out many-to-many relationship {relationship.Attribute(CmtFormat.Names.RelationshipName)?.Value} ({{n}} links); LocalOrg has no many-to-many relationships", links);
            }

            var records = entity.Element(CmtFormat.Names.Records)?.Elements(CmtFormat.Names.Record).ToList() ?? new List<XElement>();
            var table = _store.FindTable(name);
            if (table == null || ActivityPointerMirror.IsMirror(table))
            {
                Tally(table == null ? $"left out table {name} ({{n}} records), which cjp does not model" : $"left out table {name} ({{n}} records), which cjp derives from the typed activity tables", records.Count);
                return;
            }

            _schema.TryGetValue(name, out var schemaFields);
            foreach (var record in records)
            {
                var idText = record.Attribute(CmtFormat.Names.Id)?.Value;
                if (idText == null || !Guid.TryParse(idText, out var id))
                {
                    throw new CmtMalformedException(Sentence(CmtFormat.DataFile, idText == null ? $"{name} record at line {Line(record)}" : $"{name} record {idText}, attribute id", idText == null ? "the record has no id — give it its row's Guid" : CmtValues.NotAGuid(idText)));
                }

                var row = new PendingRow(table, id, $"{name} record {id:D}");
                foreach (var field in record.Elements(CmtFormat.Names.Field))
                {
                    ReadField(row, field, schemaFields);
                }

                Add(row);
            }
        }

        private void Add(PendingRow row)
        {
            var table = row.Table.LogicalName;
            if (!_ids.TryGetValue(table, out var ids))
            {
                ids = new HashSet<Guid>();
                _ids.Add(table, ids);
                _rows.Add(table, new List<PendingRow>());
            }

            if (!ids.Add(row.Id))
            {
                throw new CmtMalformedException(Sentence(CmtFormat.DataFile, row.Where, "the record appears twice — keep one"));
            }

            _rows[table].Add(row);
        }

        private void ReadField(PendingRow row, XElement field, Dictionary<string, SchemaField>? schemaFields)
        {
            var table = row.Table;
            var name = field.Attribute(CmtFormat.Names.Name)?.Value;
            if (string.IsNullOrEmpty(name))
            {
                throw new CmtMalformedException(Sentence(CmtFormat.DataFile, $"{row.Where}, line {Line(field)}", "a <field> has no name — name it after the column's logical name"));
            }

            SchemaField? declared = null;
            schemaFields?.TryGetValue(name, out declared);
            var parties = field.Elements(CmtFormat.Names.PartyRecords).ToList();
            if (declared?.Type == CmtFieldTypes.PartyList || parties.Count > 0)
            {
                ReadParties(row, name, parties);
                return;
            }

            var ordinal = table.OrdinalOf(name);
            if (ordinal < 0 && name == OverriddenCreatedOn && table.OrdinalOf(SystemColumns.CreatedOn) is var createdOn and >= 0)
            {
                // The record's real creation date, as imports set it; LocalOrg keeps it where Dataverse shows it.
                ordinal = createdOn;
            }

            if (ordinal < 0)
            {
                Tally($"left out {table.LogicalName}.{name} ({{n}} values), a column cjp does not model");
                return;
            }

            var column = table.Columns[ordinal];
            if (declared != null && !CmtFieldTypes.Fits(declared.Type, column.Type))
            {
                if (declared.Type is CmtFieldTypes.ImageData or CmtFieldTypes.FileData or CmtFieldTypes.BigInt)
                {
                    Tally($"left out {table.LogicalName}.{name} ({{n}} values), an {declared.Type} field cjp cannot hold");
                    return;
                }

                throw new CmtMalformedException(Sentence(CmtFormat.DataFile, $"{row.Where}, field {name}", $"{CmtFormat.SchemaFile} declares it a {declared.Type} field but cjp's {table.LogicalName}.{name} holds {column.Type} values — export the field with its Dataverse type"));
            }

            var text = field.Attribute(CmtFormat.Names.Value)?.Value;
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            if (ordinal == table.PrimaryIdOrdinal)
            {
                if (!Guid.TryParse(text, out var primary) || primary != row.Id)
                {
                    throw new CmtMalformedException(Sentence(CmtFormat.DataFile, $"{row.Where}, field {name}", $"'{text}' is not the record's id — the primary key field holds the same Guid as the record's id attribute"));
                }

                return;
            }

            if (column.Type == ColumnType.Lookup)
            {
                ReadLookup(row, ordinal, field, text, declared);
                return;
            }

            var problem = CmtValues.TryParse(column, text, out var value);
            if (problem != null)
            {
                throw new CmtMalformedException(Sentence(CmtFormat.DataFile, $"{row.Where}, field {name}", problem));
            }

            row.Values[ordinal] = value;
        }

        private void ReadLookup(PendingRow row, int ordinal, XElement field, string text, SchemaField? declared)
        {
            var column = row.Table.Columns[ordinal];
            var place = $"{row.Where}, field {column.LogicalName}";
            if (!Guid.TryParse(text, out var id))
            {
                throw new CmtMalformedException(Sentence(CmtFormat.DataFile, place, CmtValues.NotAGuid(text)));
            }

            var target = field.Attribute(CmtFormat.Names.LookupEntity)?.Value;
            if (string.IsNullOrEmpty(target))
            {
                target = column.Targets.Count == 1 ? column.Targets[0] : declared?.LookupTypes is { Count: 1 } only ? only[0] : null;
                if (target == null)
                {
                    throw new CmtMalformedException(Sentence(CmtFormat.DataFile, place, $"the lookup has no lookupentity — name the table it points to ({string.Join(" or ", column.Targets)})"));
                }
            }

            var allowed = declared?.LookupTypes;
            if (allowed is { Count: > 0 } && !allowed.Contains(target, StringComparer.Ordinal))
            {
                throw new CmtMalformedException(Sentence(CmtFormat.DataFile, place, $"it points to a {target}, which {CmtFormat.SchemaFile} does not allow for this field (it allows {string.Join(", ", allowed)}) — correct lookupentity or the schema's lookupType"));
            }

            if (!column.Targets.Contains(target, StringComparer.Ordinal))
            {
                if (allowed == null && _store.FindTable(target) == null)
                {
                    throw new CmtMalformedException(Sentence(CmtFormat.DataFile, place, $"it points to table '{target}', which neither {CmtFormat.SchemaFile} nor cjp knows — correct lookupentity ({string.Join(" or ", column.Targets)})"));
                }

                Tally($"left {row.Table.LogicalName}.{column.LogicalName} empty where it points to {target} ({{n}} values), which cjp's column cannot point to");
                return;
            }

            row.Values[ordinal] = new StoredReference(target, id);
            if (field.Attribute(CmtFormat.Names.LookupEntityName)?.Value is { } name)
            {
                row.LookupNames[ordinal] = name;
            }
        }

        /// <summary>A party-list field: each nested record becomes an activityparty row pointing to this activity.</summary>
        private void ReadParties(PendingRow activity, string field, List<XElement> parties)
        {
            var table = _store.FindTable(CmtFormat.ActivityParty);
            if (table == null)
            {
                if (parties.Count > 0)
                {
                    Tally($"left out the parties of {activity.Table.LogicalName}.{field} ({{n}} parties); this organization has no {CmtFormat.ActivityParty} table", parties.Count);
                }

                return;
            }

            _schema.TryGetValue(CmtFormat.ActivityParty, out var schemaFields);
            var index = 0;
            foreach (var party in parties)
            {
                var idText = party.Attribute(CmtFormat.Names.Id)?.Value
                    ?? party.Elements(CmtFormat.Names.Field).FirstOrDefault(f => f.Attribute(CmtFormat.Names.Name)?.Value == CmtPartyLists.ActivityPartyIdColumn)?.Attribute(CmtFormat.Names.Value)?.Value;
                var id = Guid.Empty;
                if (!string.IsNullOrEmpty(idText) && !Guid.TryParse(idText, out id))
                {
                    throw new CmtMalformedException(Sentence(CmtFormat.DataFile, $"{activity.Where}, field {field}, party {index + 1}", CmtValues.NotAGuid(idText)));
                }

                if (id == Guid.Empty)
                {
                    id = DerivedId(activity.Id, field, index);
                }

                var row = new PendingRow(table, id, $"{activity.Where}, field {field}, party {id:D}");
                foreach (var partyField in party.Elements(CmtFormat.Names.Field))
                {
                    if (partyField.Attribute(CmtFormat.Names.Name)?.Value is CmtPartyLists.ActivityIdColumn or CmtPartyLists.ActivityPartyIdColumn)
                    {
                        continue;
                    }

                    ReadField(row, partyField, schemaFields);
                }

                SetActivity(row, activity);
                var mask = table.OrdinalOf(CmtPartyLists.MaskColumn);
                if (mask >= 0 && row.Values[mask] == null && CmtPartyLists.MaskOf(field) is int type)
                {
                    row.Values[mask] = type;
                }

                Add(row);
                index++;
            }
        }

        private void SetActivity(PendingRow party, PendingRow activity)
        {
            var ordinal = party.Table.OrdinalOf(CmtPartyLists.ActivityIdColumn);
            if (ordinal < 0)
            {
                return;
            }

            var column = party.Table.Columns[ordinal];
            var target = column.Targets.Contains(activity.Table.LogicalName, StringComparer.Ordinal) ? activity.Table.LogicalName
                : column.Targets.Contains(StandardTableNames.ActivityPointer, StringComparer.Ordinal) ? StandardTableNames.ActivityPointer
                : column.Targets.FirstOrDefault();
            party.Values[ordinal] = column.Type == ColumnType.Lookup && target != null ? new StoredReference(target, activity.Id) : activity.Id;
        }

        /// <summary>An id for a party written without one, the same on every load so round trips compare equal.</summary>
        private static Guid DerivedId(Guid activity, string field, int index)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{activity:D}|{field}|{index}")));
            return new Guid(hash.AsSpan(0, 16));
        }

        private bool Exists(string table, Guid id)
        {
            if (table == StandardTableNames.ActivityPointer)
            {
                // activitypointer rows are the typed activities' own ids.
                return _rows.Values.Any(rows => rows.Count > 0 && rows[0].Table.OrdinalOf("activitytypecode") >= 0 && _ids[rows[0].Table.LogicalName].Contains(id))
                    || _store.FindTable(table)?.Contains(id) == true;
            }

            return (_ids.TryGetValue(table, out var ids) && ids.Contains(id)) || _store.FindTable(table)?.Contains(id) == true;
        }

        private void Tally(string what, int count = 1) => _leftOut[what] = _leftOut.GetValueOrDefault(what) + count;

        private string Sentence(string file, string place, string problem) => $"{_shownAs}: {file}, {place}: {problem}; nothing was loaded.";
    }
}
