using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.LocalOrg.Csv;

/// <summary>
/// The outcome of an import: either every row was loaded, or nothing was and <see cref="Problems"/>
/// says why. A bad file is an expected outcome for a data load, so it is returned, not thrown.
/// </summary>
public sealed class CsvImportResult
{
    internal CsvImportResult(IReadOnlyList<CsvProblem> problems, int problemCount, IReadOnlyDictionary<string, int> rowsLoaded)
    {
        Problems = problems;
        ProblemCount = problemCount;
        RowsLoaded = rowsLoaded;
    }

    /// <summary>True when every row was loaded.</summary>
    public bool Succeeded => ProblemCount == 0;

    /// <summary>
    /// The problems, ordered by file, line and column; at most <see cref="CsvImporter.MaxReportedProblems"/>
    /// of them, so a file that is wrong on every line does not produce a million messages.
    /// </summary>
    public IReadOnlyList<CsvProblem> Problems { get; }

    /// <summary>How many problems were found in all (may exceed <see cref="Problems"/>' count).</summary>
    public int ProblemCount { get; }

    /// <summary>Rows loaded per table (empty when the import failed).</summary>
    public IReadOnlyDictionary<string, int> RowsLoaded { get; }

    /// <summary>Every reported problem on its own line, or a one-line summary of what was loaded.</summary>
    public override string ToString()
    {
        if (Succeeded)
        {
            return $"Loaded {RowsLoaded.Values.Sum()} rows into {RowsLoaded.Count} tables.";
        }

        var lines = Problems.Select(problem => problem.ToString()).ToList();
        if (ProblemCount > Problems.Count)
        {
            lines.Add($"… and {ProblemCount - Problems.Count} more problems.");
        }

        lines.Add("Nothing was loaded.");
        return string.Join(Environment.NewLine, lines);
    }
}
