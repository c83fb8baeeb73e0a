using System.IO;

namespace CrmJourney.Cli;

/// <summary>
/// Finds the unpacked solution folder a command works on: the DIR the user passed, else
/// solution-package/src under the current directory, else under the repository root (the directory
/// holding CrmJourneyPlugins.sln, found by walking up), else the current directory when it is itself
/// an unpacked solution. A folder that cannot be found is bad input, reported with the fix.
/// </summary>
public static class SolutionFolderLocator
{
    /// <summary>The repository's solution file, which marks its root.</summary>
    public const string RepositoryMarker = "CrmJourneyPlugins.sln";

    /// <summary>The unpacked solution's place in the repository.</summary>
    public const string DefaultFolder = "solution-package/src";

    /// <summary>The folder for <paramref name="directory"/> (null when not given); throws <see cref="CliFailure"/> when there is none.</summary>
    public static string Locate(CliContext context, string? directory)
    {
        if (!string.IsNullOrWhiteSpace(directory))
        {
            var given = context.FullPath(directory);
            if (!Directory.Exists(given))
            {
                throw CliFailure.BadInput($"The folder {directory} does not exist; pass the unpacked solution folder (the one holding Other/Solution.xml).");
            }

            return given;
        }

        var here = Path.Combine(context.WorkingDirectory, DefaultFolder);
        if (Directory.Exists(here))
        {
            return Path.GetFullPath(here);
        }

        for (var current = new DirectoryInfo(context.WorkingDirectory); current != null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, DefaultFolder);
            if (File.Exists(Path.Combine(current.FullName, RepositoryMarker)) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        if (File.Exists(Path.Combine(context.WorkingDirectory, "Other", "Solution.xml")))
        {
            return context.WorkingDirectory;
        }

        throw CliFailure.BadInput($"No solution folder found from {context.WorkingDirectory}; pass DIR, or run cjp inside the CrmJourneyPlugins repository (it uses {DefaultFolder}).");
    }
}
