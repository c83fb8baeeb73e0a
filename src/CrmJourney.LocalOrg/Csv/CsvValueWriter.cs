using System;
using System.Globalization;
using System.IO;
using System.Linq;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Storage;

namespace CrmJourney.LocalOrg.Csv;

/// <summary>
/// Writes stored values as CSV text, invariant and unambiguous so the importer reads back exactly the
/// stored value: decimals keep their scale (<c>1234.50</c>), doubles round-trip (<c>R</c>), lookups with
/// several targets carry their table.
/// </summary>
internal static class CsvValueWriter
{
    private const string True = "true";
    private const string False = "false";

    /// <summary>The CSV text of a stored value (null when the column has no value).</summary>
    public static string? Format(ColumnDefinition column, object? stored)
    {
        if (stored == null)
        {
            return null;
        }

        return column.Type switch
        {
            ColumnType.String or ColumnType.Memo => (string)stored,
            ColumnType.Integer or ColumnType.Choice or ColumnType.State or ColumnType.Status => ((int)stored).ToString(CultureInfo.InvariantCulture),
            ColumnType.Decimal or ColumnType.Money => ((decimal)stored).ToString(CultureInfo.InvariantCulture),
            ColumnType.Double => ((double)stored).ToString("R", CultureInfo.InvariantCulture),
            ColumnType.Boolean => (bool)stored ? True : False,
            ColumnType.DateTime => ((DateTime)stored).ToString(column.DateOnly ? CsvFormat.DateFormat : CsvFormat.DateTimeFormat, CultureInfo.InvariantCulture),
            ColumnType.UniqueIdentifier => ((Guid)stored).ToString(CsvFormat.GuidFormat, CultureInfo.InvariantCulture),
            ColumnType.MultiChoice => string.Join(CsvFormat.MultiChoiceSeparator, ((int[])stored).Select(value => value.ToString(CultureInfo.InvariantCulture))),
            ColumnType.Lookup => FormatReference(column, (StoredReference)stored),
            _ => throw new NotSupportedException($"The column type {column.Type} has no CSV form."),
        };
    }

    /// <summary>
    /// Writes one field, quoting it when RFC 4180 requires (separator, quote, line break) and when it is
    /// an empty text, so an empty text reads back as empty text and an unquoted empty field as no value.
    /// </summary>
    public static void WriteField(TextWriter writer, string? text)
    {
        if (text == null)
        {
            return;
        }

        if (text.Length > 0 && text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    private static string FormatReference(ColumnDefinition column, StoredReference reference)
    {
        var id = reference.Id.ToString(CsvFormat.GuidFormat, CultureInfo.InvariantCulture);
        return column.Targets.Count == 1 ? id : reference.LogicalName + CsvFormat.LookupTableSeparator + id;
    }
}
