using System;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace CrmJourney.Cli.Tests.Commands.Solution;

public sealed class SolutionValidateCommandTests
{
    [Fact]
    public void Validating_from_the_repository_finds_solution_package_src_and_reports_OK()
    {
        var run = CliRun.In(Path.Combine(RepositoryRoot.Path, "src"), "solution", "validate");

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.OutLines);
        Assert.StartsWith("OK: " + Path.Combine(RepositoryRoot.Path, "solution-package", "src") + " is valid (", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void A_packed_zip_is_validated_and_reported_OK()
    {
        using var folder = new TemporaryFolder();
        folder.CopyOfShippedSolution();
        Assert.Equal(0, CliRun.In(folder.Root, "solution", "pack", "--out", "journey.zip", "solution").ExitCode);

        var run = CliRun.In(folder.Root, "solution", "validate", "journey.zip");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"OK: {folder.Path("journey.zip")} is valid (", Assert.Single(run.OutLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_packed_zip_missing_its_plugin_assembly_is_reported_with_exit_code_2()
    {
        using var folder = new TemporaryFolder();
        folder.CopyOfShippedSolution();
        Assert.Equal(0, CliRun.In(folder.Root, "solution", "pack", "--out", "journey.zip", "solution").ExitCode);
        using (var zip = ZipFile.Open(folder.Path("journey.zip"), ZipArchiveMode.Update))
        {
            zip.Entries.Single(e => e.FullName.EndsWith("/CrmJourney.Plugins.dll", StringComparison.Ordinal)).Delete();
        }

        var run = CliRun.In(folder.Root, "solution", "validate", "journey.zip");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.OutLines, l => l.StartsWith("customizations.xml: the plugin assembly CrmJourney.Plugins, Version=0.1.0.0", StringComparison.Ordinal) && l.Contains("which the zip does not contain", StringComparison.Ordinal));
        Assert.Equal($"1 problem in {folder.Path("journey.zip")}; fix the folder it was packed from and pack it again.", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_zip_that_does_not_exist_is_bad_input()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.In(folder.Root, "solution", "validate", "missing.zip");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"The zip {folder.Path("missing.zip")} does not exist; pack one with", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_are_printed_one_per_line_as_path_colon_problem_with_exit_code_2()
    {
        using var folder = new TemporaryFolder();
        var solution = folder.CopyOfShippedSolution();
        File.WriteAllText(Path.Combine(solution, "OptionSets", "cjp_tier.xml"), "<optionset>\n  <options>\n</optionset>\n");

        var run = CliRun.In(folder.Root, "solution", "validate", "solution");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.OutLines);
        Assert.StartsWith("OptionSets/cjp_tier.xml: malformed XML at line 3,", line, StringComparison.Ordinal);
        Assert.Equal($"1 problem in {solution}; fix it and run 'cjp solution validate' again.", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_bad_input_said_in_one_sentence()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.In(folder.Root, "solution", "validate", "nowhere");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("The folder nowhere does not exist; pass the unpacked solution folder (the one holding Other/Solution.xml).", Assert.Single(run.ErrorLines));
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Outside_the_repository_without_DIR_the_user_is_told_to_pass_one()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.In(folder.Root, "solution", "validate");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"No solution folder found from {folder.Root}; pass DIR", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_pointing_at_help()
    {
        var run = CliRun.In(RepositoryRoot.Path, "solution", "validate", "--no-such-option");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-such-option", run.Error, StringComparison.Ordinal);
        Assert.Equal("Run 'cjp solution validate --help' to see the usage and examples.", run.ErrorLines[^1]);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_shows_examples()
    {
        var run = CliRun.In(RepositoryRoot.Path, "solution", "validate", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Out, StringComparison.Ordinal);
        Assert.Contains("cjp solution validate ../other/src --structural-only", run.Out, StringComparison.Ordinal);
    }
}
