using System.Collections.Generic;

namespace CrmJourney.LocalOrg.Cmt;

/// <summary>
/// The outcome of loading a Configuration Migration package: either every modelled record was loaded
/// (with a warning for each kind of content left out), or nothing was and <see cref="Problem"/> says why
/// in one sentence naming the file, record and field.
/// </summary>
public sealed class CmtImportResult
{
    internal CmtImportResult(string? problem, IReadOnlyList<string> warnings, IReadOnlyDictionary<string, int> rowsLoaded)
    {
        Problem = problem;
        Warnings = warnings;
        RowsLoaded = rowsLoaded;
    }

    /// <summary>True when the records were loaded.</summary>
    public bool Succeeded => Problem == null;

    /// <summary>Why nothing was loaded, or null.</summary>
    public string? Problem { get; }

    /// <summary>What was left out, one sentence per kind (table, column, relationship), also when loading failed.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Rows loaded per table (empty when loading failed).</summary>
    public IReadOnlyDictionary<string, int> RowsLoaded { get; }
}
