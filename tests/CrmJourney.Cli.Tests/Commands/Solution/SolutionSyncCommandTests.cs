using System;
using System.IO;
using System.Linq;

namespace CrmJourney.Cli.Tests.Commands.Solution;

public sealed class SolutionSyncCommandTests
{
    [Fact]
    public void Syncing_a_copy_of_the_shipped_solution_changes_nothing()
    {
        using var folder = new TemporaryFolder();
        var solution = folder.CopyOfShippedSolution();
        var before = folder.Snapshot();

        var run = CliRun.In(folder.Root, "solution", "sync", "solution");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"Up to date: ", run.OutLines[0], StringComparison.Ordinal);
        // The known gap (no platform id for Win and Lose) is said, not hidden.
        Assert.Equal(2, run.OutLines.Count(line => line.StartsWith("Warning: step ", StringComparison.Ordinal) && line.Contains("is not known", StringComparison.Ordinal)));
        Assert.Equal(2, run.OutLines.Count(line => line.Contains("run 'cjp solution register --connection", StringComparison.Ordinal)));
        Assert.Equal(3, run.OutLines.Length);
        Assert.Contains(solution, run.Out, StringComparison.Ordinal);
        Assert.Equal(before, folder.Snapshot());
    }

    [Fact]
    public void A_step_file_without_a_declaration_is_deleted_and_reported()
    {
        using var folder = new TemporaryFolder();
        var solution = folder.CopyOfShippedSolution();
        var orphan = Path.Combine(solution, "SdkMessageProcessingSteps", "{dddddddd-0000-4000-8000-000000000004}.xml");
        Directory.CreateDirectory(Path.GetDirectoryName(orphan)!);
        File.WriteAllText(orphan, "<SdkMessageProcessingStep />");

        var run = CliRun.In(folder.Root, "solution", "sync", "solution");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("deleted SdkMessageProcessingSteps/{dddddddd-0000-4000-8000-000000000004}.xml", run.OutLines);
        Assert.False(File.Exists(orphan));
    }

    [Fact]
    public void A_folder_without_Solution_xml_is_refused_and_left_untouched()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.Path("empty/Other"));
        File.WriteAllText(folder.Path("empty/Other/Customizations.xml"), "<ImportExportXml />");
        var before = folder.Snapshot();

        var run = CliRun.In(folder.Root, "solution", "sync", "empty");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{folder.Path("empty")} has no Other/Solution.xml; pass the unpacked solution folder (the one holding Other/Solution.xml).", Assert.Single(run.ErrorLines));
        Assert.Equal(before, folder.Snapshot());
    }
}
