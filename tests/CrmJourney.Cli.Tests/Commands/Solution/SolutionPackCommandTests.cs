using System;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace CrmJourney.Cli.Tests.Commands.Solution;

public sealed class SolutionPackCommandTests
{
    // What Dataverse's sandbox provides besides the plugin assembly itself: the .NET Framework and the SDK.
    private static readonly string[] _sandbox = { "mscorlib", "System", "System.Core", "System.Runtime.Serialization", "System.ServiceModel", "System.Xml", "System.Xml.Linq", "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy" };

    private static string BundledAssembly => Path.Combine(AppContext.BaseDirectory, "plugin", "CrmJourney.Plugins.dll");

    [Fact]
    public void A_valid_solution_is_packed_with_the_plugin_assembly_the_build_made()
    {
        using var folder = new TemporaryFolder();
        var solution = folder.CopyOfShippedSolution();

        var run = CliRun.In(folder.Root, "solution", "pack", "--out", "out/journey.zip", "solution");

        Assert.Equal(0, run.ExitCode);
        using var zip = ZipFile.OpenRead(folder.Path("out/journey.zip"));
        Assert.Contains(zip.Entries, e => e.FullName == "customizations.xml");
        var dll = Assert.Single(zip.Entries, e => e.FullName.StartsWith("PluginAssemblies/", StringComparison.Ordinal) && e.FullName.EndsWith("/CrmJourney.Plugins.dll", StringComparison.Ordinal));
        using (var stream = dll.Open())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            Assert.Equal(File.ReadAllBytes(BundledAssembly), copy.ToArray());
        }

        Assert.StartsWith($"Packed {folder.Path("out/journey.zip")}: ", run.OutLines[^1], StringComparison.Ordinal);
        Assert.True(Directory.Exists(solution));

        // No deploy warning once the assembly references nothing the sandbox lacks; while it still does
        // (the SDK stand-in's own name, System.ValueTuple), one warning names exactly those.
        var missing = References(BundledAssembly).Except(_sandbox).ToList();
        if (missing.Count == 0)
        {
            Assert.Empty(run.ErrorLines);
        }
        else
        {
            var warning = Assert.Single(run.ErrorLines);
            Assert.StartsWith("Warning: PluginAssemblies/CrmJourney.Plugins-", warning, StringComparison.Ordinal);
            Assert.Contains("references " + string.Join(", ", missing) + ", which Dataverse's sandbox does not provide", warning, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_assembly_that_is_not_the_registered_build_is_refused_and_nothing_is_written()
    {
        using var folder = new TemporaryFolder();
        folder.CopyOfShippedSolution();
        Directory.CreateDirectory(folder.Path("net10"));
        File.Copy(typeof(CrmJourney.Plugins.Registration.PluginCatalog).Assembly.Location, folder.Path("net10/CrmJourney.Plugins.dll"));
        var before = folder.Snapshot();

        var run = CliRun.In(folder.Root, "solution", "pack", "--out", "journey.zip", "--assembly", "net10/CrmJourney.Plugins.dll", "solution");

        Assert.Equal(2, run.ExitCode);
        var refusal = Assert.Single(run.ErrorLines);
        Assert.Contains("is CrmJourney.Plugins, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null, but PluginAssemblies/", refusal, StringComparison.Ordinal);
        Assert.Equal(before, folder.Snapshot());
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
    public void An_assembly_path_that_does_not_exist_is_bad_input_and_nothing_is_written()
    {
        using var folder = new TemporaryFolder();
        folder.CopyOfShippedSolution();
        var before = folder.Snapshot();

        var run = CliRun.In(folder.Root, "solution", "pack", "--out", "journey.zip", "--assembly", "missing.dll", "solution");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"The plugin assembly {folder.Path("missing.dll")} does not exist; build the plugins with 'dotnet build'", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(before, folder.Snapshot());
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

    private static string[] References(string path)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(path));
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).Order(StringComparer.Ordinal).ToArray();
    }
}
