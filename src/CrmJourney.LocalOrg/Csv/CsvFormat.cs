namespace CrmJourney.LocalOrg.Csv;

/// <summary>
/// The fixed pieces of LocalOrg's CSV folder format (one <c>&lt;logicalname&gt;.csv</c> per table), shared
/// by the exporter, the importer and the archive so the three never disagree.
/// </summary>
public static class CsvFormat
{
    /// <summary>Extension of a table's file; the file name before it is the table's logical name.</summary>
    public const string FileExtension = ".csv";

    /// <summary>Separates fields.</summary>
    public const char FieldSeparator = ',';

    /// <summary>Separates the values of a multi-select choice: <c>573100000;573100002</c>.</summary>
    public const char MultiChoiceSeparator = ';';

    /// <summary>Separates table and id in a polymorphic lookup: <c>contact:5d2b…</c>.</summary>
    public const char LookupTableSeparator = ':';

    /// <summary>Line ending the exporter writes (RFC 4180); the importer accepts CRLF, LF and CR.</summary>
    public const string LineEnding = "\r\n";

    /// <summary>How date-only values are written.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>How date and time values are written: UTC, to the second, as Dataverse stores them.</summary>
    public const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>How Guids (ids and lookups) are written.</summary>
    public const string GuidFormat = "D";

    /// <summary>The file name of a table's CSV.</summary>
    public static string FileName(string table) => table + FileExtension;
}
