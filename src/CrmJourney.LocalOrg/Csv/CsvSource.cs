using System;
using System.IO;
using System.Text;

namespace CrmJourney.LocalOrg.Csv;

/// <summary>
/// One table's CSV as the importer sees it: the file name (which names the table) and a way to open
/// it. A folder, a zip archive and a test's in-memory text all become sources, so they share one
/// importer and one set of checks.
/// </summary>
/// <param name="FileName">The name problems are reported against, e.g. <c>account.csv</c>.</param>
/// <param name="Open">Opens the text; called once per import.</param>
public sealed record CsvSource(string FileName, Func<TextReader> Open)
{
    /// <summary>A file on disk, read as UTF-8 (a byte order mark is accepted).</summary>
    public static CsvSource FromFile(string path) =>
        new(Path.GetFileName(path), () => new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true));

    /// <summary>Text in memory, for tests and generated data.</summary>
    public static CsvSource FromText(string fileName, string text) => new(fileName, () => new StringReader(text));
}
