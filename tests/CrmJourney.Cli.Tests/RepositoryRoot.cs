using System;
using System.IO;

namespace CrmJourney.Cli.Tests;

/// <summary>The repository the tests run in, found by walking up to CrmJourneyPlugins.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

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
