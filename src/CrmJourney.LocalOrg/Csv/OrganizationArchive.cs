using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using CrmJourney.LocalOrg.Storage;

namespace CrmJourney.LocalOrg.Csv;

/// <summary>
/// Saves a whole organization's data to one file and loads it back: a zip holding the CSV folder
/// (exactly as <see cref="CsvExporter"/> writes it) and <c>manifest.json</c> with the format version
/// and each table's columns and types.
/// </summary>
/// <remarks>
/// CSV text alone cannot tell a Money column from a decimal one, or a date-only column from a date and
/// time; the manifest records the types the data was saved with and loading refuses an organization
/// whose metadata disagrees, so a round trip gives back every value with its type. Loading goes through
/// <see cref="CsvImporter"/>: all or nothing, with the same checks. The same data always gives a
/// byte-identical file (entries in a fixed order with a fixed timestamp).
/// </remarks>
public static class OrganizationArchive
{
    /// <summary>The archive format this code writes and reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>The manifest's entry name.</summary>
    public const string ManifestEntry = "manifest.json";

    /// <summary>The manifest's <c>format</c> value: identifies the file as a LocalOrg archive.</summary>
    public const string FormatName = "crmjourney-localorg";

    private const string FormatProperty = "format";
    private const string VersionProperty = "version";
    private const string TablesProperty = "tables";
    private const string NameProperty = "name";
    private const string RowsProperty = "rows";
    private const string ColumnsProperty = "columns";
    private const string TypeProperty = "type";
    private const string DateOnlyProperty = "dateOnly";

    /// <summary>Zip entries carry this time so saving the same data twice gives the same bytes.</summary>
    private static readonly DateTimeOffset _entryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Saves every table of the store to a file (replaced if it exists).</summary>
    public static void Save(DataStore store, string path)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        Save(store, file);
    }

    /// <summary>Saves every table of the store to a stream, which stays open.</summary>
    public static void Save(DataStore store, Stream stream)
    {
        var tables = store.Tables.Where(table => !ActivityPointerMirror.IsMirror(table)).OrderBy(table => table.LogicalName, StringComparer.Ordinal).ToArray();
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using (var manifest = NewEntry(zip, ManifestEntry))
        {
            WriteManifest(tables, manifest);
        }

        foreach (var table in tables)
        {
            using var entry = NewEntry(zip, CsvFormat.FileName(table.LogicalName));
            using var writer = new StreamWriter(entry, _utf8);
            CsvExporter.WriteTable(table, writer);
        }
    }

    /// <summary>Loads a saved file into an empty store with the same metadata.</summary>
    public static CsvImportResult Load(DataStore store, string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read);
        return Load(store, file);
    }

    /// <summary>
    /// Loads a saved archive into an empty store with the same metadata. Problems (not an archive, a
    /// newer format, different metadata, bad rows) come back in the result and nothing is loaded.
    /// </summary>
    public static CsvImportResult Load(DataStore store, Stream stream)
    {
        if (store.Tables.Any(table => table.Count > 0))
        {
            throw new InvalidOperationException("An archive loads into an empty organization; this one already has rows. Create a new organization with the same metadata and load into it.");
        }

        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var problems = new CsvProblemList();
        var files = CheckManifest(store, zip, problems);
        if (problems.Count > 0)
        {
            return new CsvImportResult(problems.Sorted(), problems.Count, new Dictionary<string, int>());
        }

        return CsvImporter.Import(store, files.Select(name => new CsvSource(name, () => new StreamReader(zip.GetEntry(name)!.Open(), _utf8))), applyStateDefaults: false);
    }

    private static Stream NewEntry(ZipArchive zip, string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = _entryTime;
        return entry.Open();
    }

    private static void WriteManifest(IEnumerable<TableStore> tables, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString(FormatProperty, FormatName);
        json.WriteNumber(VersionProperty, FormatVersion);
        json.WriteStartArray(TablesProperty);
        foreach (var table in tables)
        {
            json.WriteStartObject();
            json.WriteString(NameProperty, table.LogicalName);
            json.WriteNumber(RowsProperty, table.Count);
            json.WriteStartArray(ColumnsProperty);
            foreach (var ordinal in CsvExporter.HeaderOrder(table))
            {
                var column = table.Columns[ordinal];
                json.WriteStartObject();
                json.WriteString(NameProperty, column.LogicalName);
                json.WriteString(TypeProperty, column.Type.ToString());
                if (column.DateOnly)
                {
                    json.WriteBoolean(DateOnlyProperty, true);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The CSV entries to import, after checking the manifest against the store's metadata.</summary>
    private static List<string> CheckManifest(DataStore store, ZipArchive zip, CsvProblemList problems)
    {
        var files = new List<string>();
        var entry = zip.GetEntry(ManifestEntry);
        if (entry == null)
        {
            problems.Add(ManifestEntry, 1, 1, "not a LocalOrg archive: it has no manifest.json — save one with OrganizationArchive.Save");
            return files;
        }

        JsonDocument manifest;
        try
        {
            using var stream = entry.Open();
            manifest = JsonDocument.Parse(stream);
        }
        catch (JsonException exception)
        {
            problems.Add(ManifestEntry, (int)(exception.LineNumber ?? 0) + 1, (int)(exception.BytePositionInLine ?? 0) + 1, $"not valid JSON ({exception.Message})");
            return files;
        }

        using (manifest)
        {
            var root = manifest.RootElement;
            var format = root.TryGetProperty(FormatProperty, out var formatValue) ? formatValue.GetString() : null;
            var version = root.TryGetProperty(VersionProperty, out var versionValue) && versionValue.TryGetInt32(out var number) ? number : 0;
            if (format != FormatName || version < 1 || version > FormatVersion)
            {
                problems.Add(ManifestEntry, 1, 1, $"this is format '{format}' version {version}; this LocalOrg reads {FormatName} version {FormatVersion} — save the archive again with this version");
                return files;
            }

            foreach (var table in root.GetProperty(TablesProperty).EnumerateArray())
            {
                var name = table.GetProperty(NameProperty).GetString()!;
                if (CheckTable(store, table, name, problems) && zip.GetEntry(CsvFormat.FileName(name)) != null)
                {
                    files.Add(CsvFormat.FileName(name));
                }
                else if (zip.GetEntry(CsvFormat.FileName(name)) == null)
                {
                    problems.Add(CsvFormat.FileName(name), 1, 1, "the manifest lists this table but the archive has no file for it — the archive is incomplete");
                }
            }
        }

        return files;
    }

    private static bool CheckTable(DataStore store, JsonElement saved, string name, CsvProblemList problems)
    {
        var file = CsvFormat.FileName(name);
        var table = store.FindTable(name);
        if (table == null)
        {
            problems.Add(file, 1, 1, $"the archive holds table {name}, which this organization does not declare — load it into an organization with the same metadata");
            return false;
        }

        var before = problems.Count;
        var position = 0;
        foreach (var column in saved.GetProperty(ColumnsProperty).EnumerateArray())
        {
            position++;
            var columnName = column.GetProperty(NameProperty).GetString()!;
            var type = column.GetProperty(TypeProperty).GetString();
            var dateOnly = column.TryGetProperty(DateOnlyProperty, out var flag) && flag.GetBoolean();
            var ordinal = table.OrdinalOf(columnName);
            if (ordinal < 0)
            {
                continue;
            }

            var declared = table.Columns[ordinal];
            if (declared.Type.ToString() != type || declared.DateOnly != dateOnly)
            {
                problems.Add(
                    file,
                    1,
                    position,
                    $"{columnName} was saved as {Describe(type, dateOnly)} but this organization declares it {Describe(declared.Type.ToString(), declared.DateOnly)} — load the archive into an organization with the same metadata");
            }
        }

        return problems.Count == before;
    }

    private static string Describe(string? type, bool dateOnly) => dateOnly ? "date-only " + type : type ?? "(no type)";
}
