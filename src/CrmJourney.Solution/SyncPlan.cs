using System.Collections.Generic;

namespace CrmJourney.Solution;

/// <summary>
/// What <see cref="SolutionSynchronizer"/> would change in an unpacked folder: files to write (new or
/// different), step files to delete (no step in code any more), and how many generated files already
/// match. An empty plan means the folder is in step with the code.
/// </summary>
public sealed record SyncPlan(string SolutionFolder, IReadOnlyList<GeneratedFile> Writes, IReadOnlyList<string> Deletes, int Unchanged)
{
    /// <summary>Whether the folder already matches the code.</summary>
    public bool IsEmpty => Writes.Count == 0 && Deletes.Count == 0;
}
