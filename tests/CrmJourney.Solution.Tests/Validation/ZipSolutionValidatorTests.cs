using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using CrmJourney.Solution.Packing;
using CrmJourney.Solution.Tests.Support;
using CrmJourney.Solution.Validation;

namespace CrmJourney.Solution.Tests.Validation;

public sealed class ZipSolutionValidatorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cjp-zip-tests", Guid.NewGuid().ToString("N"));

    public ZipSolutionValidatorTests()
    {
        Directory.CreateDirectory(_folder);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    // The shipped folder packed with the built assembly, then changed by `edit` (entry name → new text, or null to drop it).
    private string PackedShipped(Func<string, string, string?>? edit = null)
    {
        var packed = Path.Combine(_folder, "packed.zip");
        new SolutionPacker().PackToFile(RepositoryRoot.ShippedSolution, packed, DeployablePlugin.Path);
        if (edit == null)
        {
            return packed;
        }

        var edited = Path.Combine(_folder, "edited.zip");
        using (var source = ZipFile.OpenRead(packed))
        using (var target = ZipFile.Open(edited, ZipArchiveMode.Create))
        {
            foreach (var entry in source.Entries)
            {
                using var input = entry.Open();
                using var copy = new MemoryStream();
                input.CopyTo(copy);
                byte[]? bytes = copy.ToArray();
                if (entry.FullName.EndsWith(".xml", StringComparison.Ordinal))
                {
                    var text = edit(entry.FullName, System.Text.Encoding.UTF8.GetString(bytes));
                    bytes = text == null ? null : System.Text.Encoding.UTF8.GetBytes(text);
                }
                else if (edit(entry.FullName, string.Empty) == null)
                {
                    bytes = null;
                }

                if (bytes != null)
                {
                    using var output = target.CreateEntry(entry.FullName).Open();
                    output.Write(bytes);
                }
            }
        }

        return edited;
    }

    [Fact]
    public void The_packed_shipped_solution_has_no_problem()
    {
        var report = ZipSolutionValidator.Validate(PackedShipped());

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Lines));
        Assert.True(report.FilesChecked > 3);
    }

    [Fact]
    public void A_zip_without_the_dll_its_registration_names_is_reported()
    {
        var zip = PackedShipped((name, text) => name.EndsWith(".dll", StringComparison.Ordinal) ? null : text);

        var report = ZipSolutionValidator.Validate(zip);

        Assert.Contains(report.Lines, l => l.StartsWith("customizations.xml: the plugin assembly CrmJourney.Plugins, Version=0.1.0.0, Culture=neutral, PublicKeyToken=46b77e67959a57dc names the file /PluginAssemblies/CrmJourney.Plugins-89569E3A-42EA-5D96-8EC8-00F34C45D4AD/CrmJourney.Plugins.dll, which the zip does not contain", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_saved_queries_element_and_a_step_on_an_unknown_plugin_type_are_reported()
    {
        var zip = PackedShipped((name, text) => name == "customizations.xml"
            ? text.Replace(">Lead</Name>", ">Lead</Name><SavedQueries />", StringComparison.Ordinal)
                  .Replace("CrmJourney.Plugins.Touchpoints.TouchpointPlugin, CrmJourney.Plugins", "CrmJourney.Plugins.Touchpoints.GonePlugin, CrmJourney.Plugins", StringComparison.Ordinal)
            : text);

        var lines = ZipSolutionValidator.Validate(zip).Lines.ToList();

        Assert.Contains(lines, l => l.StartsWith("customizations.xml: table Lead has an empty <SavedQueries />", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("customizations.xml: step CrmJourney.Plugins.Touchpoints.TouchpointPlugin: ", StringComparison.Ordinal)
            && l.Contains("names plugin type CrmJourney.Plugins.Touchpoints.GonePlugin", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_parts_and_malformed_xml_are_reported()
    {
        var zip = PackedShipped((name, text) => name == "solution.xml" ? null : name == "customapis/cjp_RunNurtureSweep/customapi.xml" ? "<customapi>" : text);

        var lines = ZipSolutionValidator.Validate(zip).Lines.ToList();

        Assert.Contains("solution.xml: missing: every solution zip carries it; pack the folder again with 'cjp solution pack'.", lines);
        Assert.Contains(lines, l => l.StartsWith("customapis/cjp_RunNurtureSweep/customapi.xml: malformed XML at line 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_refused_with_a_sentence()
    {
        var path = Path.Combine(_folder, "not.zip");
        File.WriteAllText(path, "plain text");

        var refusal = Assert.Throws<InvalidDataException>(() => ZipSolutionValidator.Validate(path));

        Assert.StartsWith(path + " is not a zip file", refusal.Message, StringComparison.Ordinal);
    }
}
