using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Storage;

namespace CrmJourney.LocalOrg.Cmt;

/// <summary>
/// Writes a store as a Configuration Migration package: data.xml with every row of every table that has
/// rows, data_schema.xml describing exactly the tables and fields written, and [Content_Types].xml —
/// as a data.zip or as a folder of the three files. Generic over the store's metadata.
/// </summary>
/// <remarks>
/// Deterministic (tables in import order, rows by id, fixed zip entry times) so the same data gives the
/// same bytes. Lookups carry lookupentity and the referenced row's name as lookupentityname. When the
/// store has an activityparty table, an activity's parties are nested in its party-list fields (to, cc,
/// requiredattendees…) as the Configuration Migration tool writes them; parties of a type no field holds
/// are written as activityparty records of their own.
/// </remarks>
public static class CmtExporter
{
    private static readonly DateTimeOffset _entryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly string[] _firstTables = { StandardTableNames.SystemUser, StandardTableNames.Team };

    /// <summary>Writes the package as one zip file (created or replaced).</summary>
    public static void SaveZip(DataStore store, string path, DateTime timestamp, IReadOnlySet<Guid>? leaveOut = null)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        var plan = new Plan(store, leaveOut);
        Write(zip, CmtFormat.ContentTypesFile, stream => stream.Write(_utf8.GetBytes(CmtFormat.ContentTypes)));
        Write(zip, CmtFormat.DataFile, stream => plan.WriteData(stream, timestamp));
        Write(zip, CmtFormat.SchemaFile, plan.WriteSchema);
    }

    /// <summary>Writes the package's three files into a folder (created if needed); returns their names.</summary>
    public static IReadOnlyList<string> SaveFolder(DataStore store, string folder, DateTime timestamp, IReadOnlySet<Guid>? leaveOut = null)
    {
        Directory.CreateDirectory(folder);
        var plan = new Plan(store, leaveOut);
        File.WriteAllText(Path.Combine(folder, CmtFormat.ContentTypesFile), CmtFormat.ContentTypes, _utf8);
        using (var data = File.Create(Path.Combine(folder, CmtFormat.DataFile)))
        {
            plan.WriteData(data, timestamp);
        }

        using (var schema = File.Create(Path.Combine(folder, CmtFormat.SchemaFile)))
        {
            plan.WriteSchema(schema);
        }

        return new[] { CmtFormat.ContentTypesFile, CmtFormat.DataFile, CmtFormat.SchemaFile };
    }

    private static void Write(ZipArchive zip, string name, Action<Stream> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = _entryTime;
        using var stream = entry.Open();
        write(stream);
    }

    private static XmlWriter Xml(Stream stream) =>
        XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = _utf8, NewLineChars = "\r\n" });

    /// <summary>What is written: the tables with rows, their rows in order, the fields in use and the nested parties.</summary>
    private sealed class Plan
    {
        private readonly DataStore _store;
        private readonly List<(TableStore Table, StoredRow[] Rows, int[] Ordinals)> _tables = new();
        private readonly Dictionary<Guid, List<(string Field, StoredRow Party)>> _parties = new();
        private readonly Dictionary<string, SortedSet<string>> _partyFields = new(StringComparer.Ordinal);
        private readonly TableStore? _partyTable;

        public Plan(DataStore store, IReadOnlySet<Guid>? leaveOut)
        {
            _store = store;
            _partyTable = store.FindTable(CmtFormat.ActivityParty);
            var nested = NestParties();
            var tables = store.Tables
                .Where(table => !ActivityPointerMirror.IsMirror(table))
                .OrderBy(table => Array.IndexOf(_firstTables, table.LogicalName) is var first and >= 0 ? first : _firstTables.Length)
                .ThenBy(table => table.LogicalName, StringComparer.Ordinal);
            foreach (var table in tables)
            {
                var rows = table.Rows
                    .Where(row => leaveOut?.Contains(row.Id) != true && !(table == _partyTable && nested.Contains(row.Id)))
                    .OrderBy(row => row.Id.ToString("D", CultureInfo.InvariantCulture), StringComparer.Ordinal)
                    .ToArray();
                if (rows.Length == 0)
                {
                    continue;
                }

                var ordinals = Enumerable.Range(0, table.Columns.Count)
                    .Where(ordinal => ordinal == table.PrimaryIdOrdinal || rows.Any(row => row[ordinal] != null))
                    .OrderBy(ordinal => ordinal == table.PrimaryIdOrdinal ? 0 : 1).ThenBy(ordinal => ordinal)
                    .ToArray();
                _tables.Add((table, rows, ordinals));
            }
        }

        public void WriteData(Stream stream, DateTime timestamp)
        {
            using var xml = Xml(stream);
            xml.WriteStartElement(CmtFormat.Names.Entities);
            xml.WriteAttributeString("xmlns", CmtFormat.Names.XsiPrefix, null, CmtFormat.Names.XsiNamespace);
            xml.WriteAttributeString("xmlns", CmtFormat.Names.XsdPrefix, null, CmtFormat.Names.XsdNamespace);
            xml.WriteAttributeString(CmtFormat.Names.Timestamp, timestamp.ToUniversalTime().ToString(CmtFormat.DateTimeFormat, CultureInfo.InvariantCulture));
            foreach (var (table, rows, ordinals) in _tables)
            {
                xml.WriteStartElement(CmtFormat.Names.Entity);
                xml.WriteAttributeString(CmtFormat.Names.Name, table.LogicalName);
                xml.WriteAttributeString(CmtFormat.Names.DisplayName, table.LogicalName);
                xml.WriteStartElement(CmtFormat.Names.Records);
                foreach (var row in rows)
                {
                    xml.WriteStartElement(CmtFormat.Names.Record);
                    xml.WriteAttributeString(CmtFormat.Names.Id, row.Id.ToString("D", CultureInfo.InvariantCulture));
                    WriteFields(xml, table, row, ordinals);
                    WriteParties(xml, row.Id);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
                xml.WriteStartElement(CmtFormat.Names.ManyToManyRelationships);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        public void WriteSchema(Stream stream)
        {
            using var xml = Xml(stream);
            xml.WriteStartElement(CmtFormat.Names.Entities);
            foreach (var (table, _, ordinals) in _tables)
            {
                var definition = table.Definition;
                xml.WriteStartElement(CmtFormat.Names.Entity);
                xml.WriteAttributeString(CmtFormat.Names.Name, table.LogicalName);
                xml.WriteAttributeString(CmtFormat.Names.DisplayName, table.LogicalName);
                xml.WriteAttributeString(CmtFormat.Names.PrimaryIdField, definition.PrimaryIdColumn);
                if (definition.PrimaryNameColumn != null)
                {
                    xml.WriteAttributeString(CmtFormat.Names.PrimaryNameField, definition.PrimaryNameColumn);
                }

                xml.WriteAttributeString(CmtFormat.Names.DisablePlugins, "false");
                xml.WriteStartElement(CmtFormat.Names.Fields);
                foreach (var ordinal in ordinals)
                {
                    var column = table.Columns[ordinal];
                    xml.WriteStartElement(CmtFormat.Names.Field);
                    xml.WriteAttributeString(CmtFormat.Names.DisplayName, column.LogicalName);
                    xml.WriteAttributeString(CmtFormat.Names.Name, column.LogicalName);
                    xml.WriteAttributeString(CmtFormat.Names.Type, CmtFieldTypes.For(column));
                    if (column.Type == ColumnType.DateTime && column.DateOnly)
                    {
                        xml.WriteAttributeString(CmtFormat.Names.DateMode, "absolute");
                    }

                    if (column.Type == ColumnType.Lookup)
                    {
                        xml.WriteAttributeString(CmtFormat.Names.LookupType, string.Join('|', column.Targets));
                    }

                    if (ordinal == table.PrimaryIdOrdinal)
                    {
                        xml.WriteAttributeString(CmtFormat.Names.PrimaryKey, "true");
                    }

                    xml.WriteEndElement();
                }

                foreach (var field in _partyFields.GetValueOrDefault(table.LogicalName) ?? new SortedSet<string>(StringComparer.Ordinal))
                {
                    xml.WriteStartElement(CmtFormat.Names.Field);
                    xml.WriteAttributeString(CmtFormat.Names.DisplayName, field);
                    xml.WriteAttributeString(CmtFormat.Names.Name, field);
                    xml.WriteAttributeString(CmtFormat.Names.Type, CmtFieldTypes.PartyList);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteStartElement(CmtFormat.Names.ImportOrder);
            foreach (var (table, _, _) in _tables)
            {
                xml.WriteElementString(CmtFormat.Names.ImportOrderEntity, table.LogicalName);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        /// <summary>Groups the parties a party-list field can hold under their activity; returns the ids nested.</summary>
        private HashSet<Guid> NestParties()
        {
            var nested = new HashSet<Guid>();
            if (_partyTable == null)
            {
                return nested;
            }

            var activityOrdinal = _partyTable.OrdinalOf(CmtPartyLists.ActivityIdColumn);
            var maskOrdinal = _partyTable.OrdinalOf(CmtPartyLists.MaskColumn);
            if (activityOrdinal < 0 || maskOrdinal < 0)
            {
                return nested;
            }

            foreach (var party in _partyTable.Rows.OrderBy(row => row.Id.ToString("D", CultureInfo.InvariantCulture), StringComparer.Ordinal))
            {
                var activity = party[activityOrdinal] switch
                {
                    StoredReference reference => reference.Id,
                    Guid id => id,
                    _ => (Guid?)null,
                };
                var field = party[maskOrdinal] is int mask ? CmtPartyLists.FieldOf(mask) : null;
                var activityTable = activity is Guid activityId ? ActivityTableOf(activityId) : null;
                if (field == null || activityTable == null)
                {
                    continue;
                }

                if (!_parties.TryGetValue(activity!.Value, out var list))
                {
                    list = new List<(string, StoredRow)>();
                    _parties.Add(activity.Value, list);
                }

                list.Add((field, party));
                nested.Add(party.Id);
                if (!_partyFields.TryGetValue(activityTable, out var fields))
                {
                    fields = new SortedSet<string>(StringComparer.Ordinal);
                    _partyFields.Add(activityTable, fields);
                }

                fields.Add(field);
            }

            return nested;
        }

        private string? ActivityTableOf(Guid id) =>
            _store.Tables.FirstOrDefault(table => !ActivityPointerMirror.IsMirror(table) && table.OrdinalOf("activitytypecode") >= 0 && table.Contains(id))?.LogicalName;

        private void WriteParties(XmlWriter xml, Guid activity)
        {
            if (_partyTable == null || !_parties.TryGetValue(activity, out var parties))
            {
                return;
            }

            var ordinals = Enumerable.Range(0, _partyTable.Columns.Count).OrderBy(ordinal => ordinal == _partyTable.PrimaryIdOrdinal ? 1 : 0).ThenBy(ordinal => ordinal).ToArray();
            foreach (var group in parties.GroupBy(party => party.Field).OrderBy(group => group.Key, StringComparer.Ordinal))
            {
                xml.WriteStartElement(CmtFormat.Names.Field);
                xml.WriteAttributeString(CmtFormat.Names.Name, group.Key);
                xml.WriteAttributeString(CmtFormat.Names.Value, string.Empty);
                foreach (var (_, party) in group)
                {
                    xml.WriteStartElement(CmtFormat.Names.PartyRecords);
                    xml.WriteAttributeString(CmtFormat.Names.Id, party.Id.ToString("D", CultureInfo.InvariantCulture));
                    WriteFields(xml, _partyTable, party, ordinals);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }
        }

        private void WriteFields(XmlWriter xml, TableStore table, StoredRow row, int[] ordinals)
        {
            foreach (var ordinal in ordinals)
            {
                var value = row[ordinal];
                if (value == null)
                {
                    continue;
                }

                var column = table.Columns[ordinal];
                xml.WriteStartElement(CmtFormat.Names.Field);
                xml.WriteAttributeString(CmtFormat.Names.Name, column.LogicalName);
                xml.WriteAttributeString(CmtFormat.Names.Value, CmtValues.Format(column, value));
                if (value is StoredReference reference)
                {
                    xml.WriteAttributeString(CmtFormat.Names.LookupEntity, reference.LogicalName);
                    if (NameOf(reference) is { } name)
                    {
                        xml.WriteAttributeString(CmtFormat.Names.LookupEntityName, name);
                    }
                }

                xml.WriteEndElement();
            }
        }

        private string? NameOf(StoredReference reference)
        {
            var table = _store.FindTable(reference.LogicalName);
            var nameColumn = table?.Definition.PrimaryNameColumn;
            if (table == null || nameColumn == null || !table.TryGet(reference.Id, out var row))
            {
                return null;
            }

            var ordinal = table.OrdinalOf(nameColumn);
            return ordinal >= 0 ? row[ordinal] as string : null;
        }
    }
}
