using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CrmJourney.LocalOrg.Storage;

namespace CrmJourney.LocalOrg.Csv;

/// <summary>
/// Writes a store as a CSV folder: one <c>&lt;logicalname&gt;.csv</c> per table, every table (a table
/// with no rows gets its header alone, which doubles as a template and leaves no stale file behind).
/// </summary>
/// <remarks>
/// Deterministic, so the same data gives byte-identical files that diff cleanly: the header is the
/// primary id, then the other columns in metadata order; rows are ordered by id as its text sorts
/// (<c>00000000-…</c> first), which is the order <c>sort</c> or a spreadsheet gives the first column;
/// UTF-8 without byte order mark; CRLF line endings (RFC 4180).
/// </remarks>
public static class CsvExporter
{
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes every table into the folder (created if needed); returns the files written, by table name.</summary>
    public static IReadOnlyList<string> ExportFolder(DataStore store, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var table in store.Tables.Where(table => !ActivityPointerMirror.IsMirror(table)).OrderBy(table => table.LogicalName, StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, CsvFormat.FileName(table.LogicalName));
            using (var writer = new StreamWriter(path, append: false, _utf8))
            {
                WriteTable(table, writer);
            }

            written.Add(path);
        }

        return written;
    }

    /// <summary>Writes one table's CSV (header and rows) to a writer.</summary>
    public static void WriteTable(TableStore table, TextWriter writer)
    {
        var order = HeaderOrder(table);
        for (var index = 0; index < order.Length; index++)
        {
            if (index > 0)
            {
                writer.Write(CsvFormat.FieldSeparator);
            }

            writer.Write(table.Columns[order[index]].LogicalName);
        }

        writer.Write(CsvFormat.LineEnding);
        var rows = table.Rows.ToArray();
        Array.Sort(rows, (left, right) => CompareAsText(left.Id, right.Id));
        foreach (var row in rows)
        {
            for (var index = 0; index < order.Length; index++)
            {
                if (index > 0)
                {
                    writer.Write(CsvFormat.FieldSeparator);
                }

                var ordinal = order[index];
                CsvValueWriter.WriteField(writer, CsvValueWriter.Format(table.Columns[ordinal], row[ordinal]));
            }

            writer.Write(CsvFormat.LineEnding);
        }
    }

    /// <summary>Column ordinals in file order: the primary id, then the rest in metadata order.</summary>
    internal static int[] HeaderOrder(TableStore table) =>
        Enumerable.Range(0, table.Columns.Count).OrderBy(ordinal => ordinal == table.PrimaryIdOrdinal ? 0 : 1).ThenBy(ordinal => ordinal).ToArray();

    /// <summary>Orders Guids as their "D" text sorts: the big-endian bytes are the digits in text order.</summary>
    private static int CompareAsText(Guid left, Guid right)
    {
        Span<byte> a = stackalloc byte[16];
        Span<byte> b = stackalloc byte[16];
        left.TryWriteBytes(a, bigEndian: true, out _);
        right.TryWriteBytes(b, bigEndian: true, out _);
        return a.SequenceCompareTo(b);
    }
}
