using System;
using System.IO;

namespace CrmJourney.LocalOrg.Tests.Solution;

/// <summary>Finds the repository from the test's output folder, so tests read the solution that ships.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "CrmJourneyPlugins.sln";

    public static string Path { get; } = Find();

    public static string SolutionSrc => System.IO.Path.Combine(Path, "solution-package", "src");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
