using System;
using System.IO;

namespace CrmJourney.Solution.Tests.Support;

/// <summary>The repository the tests run in, found by walking up from the test binaries to CrmJourneyPlugins.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string ShippedSolution => System.IO.Path.Combine(Path, "solution-package", "src");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "CrmJourneyPlugins.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CrmJourneyPlugins.sln not found above " + AppContext.BaseDirectory);
    }
}
