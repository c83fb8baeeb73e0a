using System;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace CrmJourney.Cli.Tests.Commands.Solution;

public sealed class SolutionPackCommandTests
{
    [Fact]
    public void A_valid_solution_is_packed_and_the_missing_plugin_package_is_called_out()
    {
        using var folder = new TemporaryFolder();
        var solution = folder.CopyOfShippedSolution();

        var run = CliRun.In(folder.Root, "solution", "pack", "--out", "out/journey.zip", "solution");

        Assert.Equal(0, run.ExitCode);
        using var zip = ZipFile.OpenRead(folder.Path("out/journey.zip"));
        Assert.Contains(zip.Entries, e => e.FullName == "customizations.xml");
        Assert.StartsWith($"Packed {folder.Path("out/journey.zip")}: ", run.OutLines[^1], StringComparison.Ordinal);
        Assert.StartsWith("Warning: the zip carries no plugin package", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.True(Directory.Exists(solution));
    }

    [Fact]
    public void An_invalid_solution_is_refused_with_exit_code_2_and_nothing_is_written()
    {
        using var folder = new TemporaryFolder();
        var solution = folder.CopyOfShippedSolution();
        File.Delete(Path.Combine(solution, "Other", "Customizations.xml"));
        var before = folder.Snapshot();

        var run = CliRun.In(folder.Root, "solution", "pack", "--out", "journey.zip", "solution");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("Other/Customizations.xml: missing: every unpacked solution needs this file; restore it from the last 'pac solution unpack' or from source control.", run.ErrorLines[0]);
        Assert.Equal($"Refusing to pack: {solution} has 1 problem (listed above); fix them and pack again.", run.ErrorLines[^1]);
        Assert.Equal(before, folder.Snapshot());
    }

    [Fact]
    public void A_plugin_package_path_that_does_not_exist_is_bad_input_and_nothing_is_written()
    {
        using var folder = new TemporaryFolder();
        folder.CopyOfShippedSolution();
        var before = folder.Snapshot();

        var run = CliRun.In(folder.Root, "solution", "pack", "--out", "journey.zip", "--package", "missing.nupkg", "solution");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"The plugin package {folder.Path("missing.nupkg")} does not exist; build it with", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(before, folder.Snapshot());
    }

    [Fact]
    public void A_plugin_package_without_the_plugins_dependent_assemblies_is_packed_but_declared_not_deployable()
    {
        using var folder = new TemporaryFolder();
        folder.CopyOfShippedSolution();
        var standInBuild = File.ReadAllBytes(typeof(CrmJourney.Plugins.Registration.PluginCatalog).Assembly.Location);
        using (var nupkg = ZipFile.Open(folder.Path("plugins.nupkg"), ZipArchiveMode.Create))
        {
            using var entry = nupkg.CreateEntry("lib/net462/CrmJourney.Plugins.dll").Open();
            entry.Write(standInBuild);
        }

        var run = CliRun.In(folder.Root, "solution", "pack", "--out", "journey.zip", "--package", "plugins.nupkg", "solution");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("pluginpackages/cjp_CrmJourney.Plugins/package/cjp_CrmJourney.Plugins.nupkg", run.OutLines);
        var warning = Assert.Single(run.ErrorLines);
        Assert.StartsWith("Warning: ", warning, StringComparison.Ordinal);
        Assert.Contains("is NOT deployable", warning, StringComparison.Ordinal);
        Assert.Contains("missing from", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failure_while_writing_is_one_sentence_with_exit_code_1_and_the_stack_trace_only_with_verbose()
    {
        using var folder = new TemporaryFolder();
        folder.CopyOfShippedSolution();
        File.WriteAllText(folder.Path("afile"), "a file where a folder is needed");

        var quiet = CliRun.In(folder.Root, "solution", "pack", "--out", "afile/journey.zip", "solution");
        var verbose = CliRun.In(folder.Root, "solution", "pack", "--out", "afile/journey.zip", "solution", "--verbose");

        Assert.Equal(1, quiet.ExitCode);
        var sentence = Assert.Single(quiet.ErrorLines);
        Assert.StartsWith("cjp failed: ", sentence, StringComparison.Ordinal);
        Assert.EndsWith("or add --verbose for details.", sentence, StringComparison.Ordinal);
        Assert.Equal(1, verbose.ExitCode);
        Assert.Contains("   at ", verbose.Error, StringComparison.Ordinal);
        Assert.Equal("a file where a folder is needed", File.ReadAllText(folder.Path("afile")));
    }

    [Fact]
    public void An_out_path_that_is_a_folder_is_bad_input()
    {
        using var folder = new TemporaryFolder();
        folder.CopyOfShippedSolution();
        Directory.CreateDirectory(folder.Path("out"));

        var run = CliRun.In(folder.Root, "solution", "pack", "--out", "out", "solution");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"--out names the folder {folder.Path("out")}; give the path of the zip to write, such as out/CrmJourneyPlugins.zip.", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Out_is_required()
    {
        var run = CliRun.In(RepositoryRoot.Path, "solution", "pack");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
        Assert.Equal("Run 'cjp solution pack --help' to see the usage and examples.", run.ErrorLines.Last());
    }
}
